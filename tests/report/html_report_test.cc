#include "report/html_report.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "base/version.h"
#include "tests/report/fixture_graph.h"

namespace claimgraph {
namespace {

ReportAssets FakeAssets(std::string_view page) {
  ReportAssets assets;
  assets.available = true;
  assets.page_template = page;
  assets.style = "body{}";
  assets.library = "/*lib*/";
  assets.app = "/*app {{DATA}}*/";
  assets.selftest = "/*test*/";
  assets.library_name = "Lib";
  assets.library_version = "1.2.3";
  return assets;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(HtmlReportTest, FillsEveryMarker) {
  std::string html;
  ASSERT_TRUE(RenderHtmlReport(FixtureGraph(), {}, {},
                               FakeAssets("{{TITLE}}|{{GENERATOR}}|{{LIBRARY}}|{{STYLE}}|"
                                          "{{LIBRARY_JS}}|{{SELFTEST_JS}}|"),
                               &html)
                  .ok());
  EXPECT_EQ(html, std::string("2 episodes|claimgraph ") + kVersion +
                      "|Lib 1.2.3|body{}|/*lib*/|/*test*/|");
}

TEST(HtmlReportTest, InsertedTextIsNotScannedForMarkers) {
  std::string html;
  ASSERT_TRUE(RenderHtmlReport(FixtureGraph(), {}, {}, FakeAssets("<{{APP_JS}}>"), &html).ok());
  EXPECT_EQ(html, "</*app {{DATA}}*/>");
}

TEST(HtmlReportTest, DataCannotEndItsScriptBlock) {
  // The fixture quotes someone typing "</script><!--" and a U+2028.
  MentionSentences sentences;
  for (const AnalyzedEpisode& e : FixtureEpisodes()) sentences.AddEpisode(e);
  std::string html;
  ASSERT_TRUE(RenderHtmlReport(FixtureGraph(), sentences, {},
                               FakeAssets("<script type=\"application/json\">{{DATA}}</script>"),
                               &html)
                  .ok());
  EXPECT_EQ(Count(html, "</script"), 1u);
  EXPECT_EQ(Count(html, "<!--"), 0u);
  EXPECT_EQ(Count(html, "\u2028"), 0u);
  EXPECT_NE(html.find("\\u003c/script\\u003e\\u003c!--"), std::string::npos);
}

TEST(HtmlReportTest, TitleIsHtmlEscaped) {
  ReportOptions options;
  options.title = "<b>AT&T</b>";
  std::string html;
  ASSERT_TRUE(RenderHtmlReport(FixtureGraph(), {}, options, FakeAssets("{{TITLE}}"), &html).ok());
  EXPECT_EQ(html, "&lt;b&gt;AT&amp;T&lt;/b&gt;");
}

TEST(HtmlReportTest, UnknownMarkerIsAnError) {
  std::string html;
  Status s = RenderHtmlReport(FixtureGraph(), {}, {}, FakeAssets("a{{NOPE}}b"), &html);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(), "error: report page template: unknown marker {{NOPE}}");
}

TEST(HtmlReportTest, UnavailableAssetsFailWithTheirReasonAndWriteNothing) {
  ReportAssets assets;
  assets.unavailable_reason = "built without Node.js; install it";
  std::string path = (std::filesystem::temp_directory_path() /
                      ("claimgraph-report-" + std::to_string(getpid()) + ".html"))
                         .string();
  Status s = WriteHtmlReport(FixtureGraph(), {}, {}, assets, path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "built without Node.js; install it");
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(HtmlReportTest, SameGraphGivesSameBytes) {
  MentionSentences sentences;
  for (const AnalyzedEpisode& e : FixtureEpisodes()) sentences.AddEpisode(e);
  ReportAssets assets = FakeAssets("{{DATA}}");
  std::string first, second;
  ASSERT_TRUE(RenderHtmlReport(FixtureGraph(), sentences, {}, assets, &first).ok());
  ASSERT_TRUE(RenderHtmlReport(FixtureGraph(), sentences, {}, assets, &second).ok());
  EXPECT_EQ(first, second);
}

}  // namespace
}  // namespace claimgraph
