// Fuzzes the string escaping of export/json_stream.h, which sends every id,
// label and claim text of the JSON export through a fast path (whole runs
// copied, sixteen bytes looked at a time, UTF-8 checked only from the first
// byte that is not ASCII): its output must be exactly what nlohmann's dump
// gives, which the writer followed byte by byte before.
#include <nlohmann/json.hpp>
#include <string>

#include "export/json_stream.h"
#include "fuzz/fuzz_check.h"

using namespace claimgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(fuzz::AsText(data, size));
  std::string reference =
      nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);

  JsonStream value;
  value.String(text);
  value.Finish();
  FUZZ_CHECK(value.text() == reference + "\n");

  JsonStream key;
  key.BeginObject();
  key.Key(text);
  key.Int(1);
  key.EndObject();
  key.Finish();
  FUZZ_CHECK(key.text() == "{\n " + reference + ": 1\n}\n");
  return 0;
}
