// Fuzzes the XML escaping of export/text_escape.h, which sends every label
// and claim text of the GraphML and GEXF files through a fast path (whole
// runs copied, sixteen bytes looked at a time, UTF-8 checked only from the
// first byte that is not ASCII): its output must be exactly what the plain
// rule gives, escaping CleanText byte by byte.
#include <string>

#include "export/text_escape.h"
#include "fuzz/fuzz_check.h"

using namespace claimgraph;

namespace {

std::string Reference(std::string_view text, bool attribute) {
  std::string out;
  for (char c : CleanText(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\'': out += attribute ? "&apos;" : "'"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text = fuzz::AsText(data, size);
  FUZZ_CHECK(EscapeXmlText(text) == Reference(text, false));
  FUZZ_CHECK(EscapeXmlAttribute(text) == Reference(text, true));

  std::string appended = "<x>";
  AppendXmlAttribute(appended, text);
  FUZZ_CHECK(appended == "<x>" + Reference(text, true));
  return 0;
}
