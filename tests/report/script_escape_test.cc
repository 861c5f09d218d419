#include "report/script_escape.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace claimgraph {
namespace {

TEST(ScriptEscapeTest, ScriptEndAndCommentOpenBecomeEscapes) {
  EXPECT_EQ(EscapeJsonForScript(R"({"q":"</script><!--"})"),
            R"({"q":"\u003c/script\u003e\u003c!--"})");
}

TEST(ScriptEscapeTest, AmpersandBecomesAnEscape) {
  EXPECT_EQ(EscapeJsonForScript(R"(["AT&T"])"), R"(["AT\u0026T"])");
}

TEST(ScriptEscapeTest, LineAndParagraphSeparatorsBecomeEscapes) {
  EXPECT_EQ(EscapeJsonForScript("[\"a\u2028b\u2029c\"]"), R"(["a\u2028b\u2029c"])");
}

TEST(ScriptEscapeTest, OtherMultibyteCharactersStay) {
  // U+2014 shares its first two bytes with U+2028.
  EXPECT_EQ(EscapeJsonForScript("[\"Łukasz \u2014 caf\u00e9\"]"),
            "[\"Łukasz \u2014 caf\u00e9\"]");
}

TEST(ScriptEscapeTest, EscapedDocumentParsesToTheSameValue) {
  nlohmann::json value = {{"text", "x</script>y<!--z&\u2028"}, {"n", 3}};
  EXPECT_EQ(nlohmann::json::parse(EscapeJsonForScript(value.dump())), value);
}

TEST(ScriptEscapeTest, HtmlEscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(EscapeHtml(R"(<a href="x">Tom's & Jerry's</a>)"),
            "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;");
}

}  // namespace
}  // namespace claimgraph
