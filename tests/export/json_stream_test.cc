#include "export/json_stream.h"

#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "export/text_escape.h"

namespace claimgraph {
namespace {

using Json = nlohmann::ordered_json;

// What the JSON writer used to write: nlohmann's dump, one space of indent.
std::string Reference(const Json& doc) {
  return doc.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

TEST(JsonStreamTest, WritesNestedDocumentsAsNlohmannDumpsThem) {
  JsonStream out;
  out.BeginObject();
  out.Key("id"); out.String("person:sam-altman");
  out.Key("n"); out.Int(-42);
  out.Key("ok"); out.Bool(true);
  out.Key("none"); out.Null();
  out.Key("empty list"); out.BeginArray(); out.EndArray();
  out.Key("empty object"); out.BeginObject(); out.EndObject();
  out.Key("list");
  out.BeginArray();
  out.Int(1);
  out.BeginObject(); out.Key("a"); out.Strings(std::vector<InternedString>{"x", "y"}); out.EndObject();
  out.BeginArray(); out.EndArray();
  out.EndArray();
  out.EndObject();
  out.Finish();

  Json doc;
  doc["id"] = "person:sam-altman";
  doc["n"] = -42;
  doc["ok"] = true;
  doc["none"] = nullptr;
  doc["empty list"] = Json::array();
  doc["empty object"] = Json::object();
  doc["list"] = Json::array({1, Json{{"a", {"x", "y"}}}, Json::array()});
  EXPECT_EQ(out.text(), Reference(doc));
}

TEST(JsonStreamTest, EscapesStringsAsNlohmannDoes) {
  static constexpr char kControls[] = "controls \x01\x1f\b\f\n\r\t and nul \0 end";
  const std::string tricky[] = {
      "quote \" backslash \\ slash /",
      std::string(kControls, sizeof kControls - 1),
      "delete \x7f stays",
      "UTF-8 \xC5\x81ukasz \xE2\x80\x94 \xF0\x9F\x98\x80",
      "invalid \xC3\x28 and \xFF\xFE and cut \xE2\x80",
  };
  for (const std::string& text : tricky) {
    JsonStream out;
    out.String(text);
    out.Finish();
    EXPECT_EQ(out.text(), Reference(Json(text))) << text;
  }
}

TEST(JsonStreamTest, ItemsWrittenApartAndAppendedAreTheItemsWrittenInPlace) {
  auto item = [](JsonStream& out, int i) {
    out.BeginObject();
    out.Key("i"); out.Int(i);
    out.Key("tags"); out.Strings(std::vector<InternedString>{"a", "b"});
    out.EndObject();
  };
  auto document = [&](bool apart) {
    JsonStream out;
    out.BeginObject();
    out.Key("items");
    out.BeginArray();
    for (int run = 0; run < 3; ++run) {
      if (!apart) {
        for (int i = run * 2; i < run * 2 + 2; ++i) item(out, i);
        continue;
      }
      JsonStream items;
      items.ResumeInArray(2, run > 0);
      for (int i = run * 2; i < run * 2 + 2; ++i) item(items, i);
      out.AppendItems(items.text());
    }
    out.AppendItems("");  // an empty run adds nothing
    out.EndArray();
    out.EndObject();
    out.Finish();
    return out.text();
  };
  EXPECT_EQ(document(true), document(false));
}

TEST(JsonStreamTest, StreamGetsTheSameBytesAsText) {
  std::ostringstream file;
  JsonStream streamed(&file);
  JsonStream kept;
  for (JsonStream* out : {&streamed, &kept}) {
    out->BeginArray();
    for (int i = 0; i < 100000; ++i) out->String("item " + std::to_string(i));
    out->EndArray();
    out->Finish();
  }
  EXPECT_GT(file.str().size(), size_t{1} << 20);  // flushed more than once
  EXPECT_EQ(file.str(), kept.text());
}

// JSON Lines: nlohmann's compact dump of each value, on a line of its own.
std::string ReferenceLine(const Json& value) {
  return EscapeJsonLineSeparators(value.dump(-1, ' ', false, Json::error_handler_t::replace)) +
         "\n";
}

TEST(JsonStreamTest, LinesLayoutWritesEachValueCompactOnItsOwnLine) {
  JsonStream out(nullptr, JsonLayout::kLines);
  for (int i = 0; i < 2; ++i) {
    out.BeginObject();
    out.Key("i"); out.Int(i);
    out.Key("none"); out.Null();
    out.Key("empty"); out.BeginArray(); out.EndArray();
    out.Key("nested");
    out.BeginObject(); out.Key("tags"); out.Strings(std::vector<InternedString>{"a", "b"});
    out.EndObject();
    out.EndObject();
  }
  out.BeginArray(); out.Bool(false); out.EndArray();
  out.Finish();

  std::string expected;
  for (int i = 0; i < 2; ++i) {
    Json value;
    value["i"] = i;
    value["none"] = nullptr;
    value["empty"] = Json::array();
    value["nested"] = Json{{"tags", {"a", "b"}}};
    expected += ReferenceLine(value);
  }
  expected += ReferenceLine(Json::array({false}));
  EXPECT_EQ(out.text(), expected);
}

TEST(JsonStreamTest, CompactLayoutWritesTheDocumentAsDumpWithoutIndent) {
  JsonStream out(nullptr, JsonLayout::kCompact);
  out.BeginObject();
  out.Key("a"); out.BeginArray(); out.Int(1); out.String("x\xE2\x80\xA8y"); out.EndArray();
  out.Key("b"); out.BeginObject(); out.EndObject();
  out.EndObject();
  out.Finish();
  Json doc;
  doc["a"] = Json::array({1, "x\xE2\x80\xA8y"});
  doc["b"] = Json::object();
  EXPECT_EQ(out.text(), doc.dump(-1, ' ', false, Json::error_handler_t::replace));
}

TEST(JsonStreamTest, RawValueTakesItsPlaceAmongTheOthers) {
  Json part = Json::array({Json{{"s", 1}}, nullptr});
  JsonStream out(nullptr, JsonLayout::kCompact);
  out.BeginObject();
  out.Key("title"); out.String("t");
  out.Key("part"); out.Raw(part.dump());
  out.Key("n"); out.Int(2);
  out.EndObject();
  out.Finish();
  EXPECT_EQ(out.text(), R"({"title":"t","part":[{"s":1},null],"n":2})");
}

TEST(JsonStreamTest, LinesLayoutEscapesLineSeparatorsInStrings) {
  const std::string tricky[] = {
      "line \xE2\x80\xA8 and paragraph \xE2\x80\xA9 separators",
      "\xE2\x80\xA8",
      "after other UTF-8 \xE2\x80\x94 \xE2\x80\xA9",
      "beside invalid \xFF \xE2\x80\xA8",
  };
  for (const std::string& text : tricky) {
    JsonStream out(nullptr, JsonLayout::kLines);
    out.BeginArray(); out.String(text); out.EndArray();
    out.Finish();
    EXPECT_EQ(out.text(), ReferenceLine(Json::array({text}))) << text;
    EXPECT_EQ(out.text().find("\xE2\x80\xA8"), std::string::npos) << text;
  }
}

TEST(JsonStreamTest, IndentedLayoutLeavesLineSeparatorsAsTheyAre) {
  JsonStream out;
  out.String("a \xE2\x80\xA8 b");
  out.Finish();
  EXPECT_EQ(out.text(), "\"a \xE2\x80\xA8 b\"\n");
}

}  // namespace
}  // namespace claimgraph
