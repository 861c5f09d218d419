#include "extract/entities/gazetteer_loader.h"

#include <gtest/gtest.h>

#include "extract/entities/json_positions.h"

namespace claimgraph {
namespace {

const std::string kFixtures = std::string(CLAIMGRAPH_TEST_DIR) + "/entities/fixtures/";

TEST(GazetteerLoaderTest, DefaultIdIsTypeAndSlugOfName) {
  Gazetteer g;
  ASSERT_TRUE(LoadGazetteerFile(kFixtures + "small.json", &g).ok());
  ASSERT_NE(g.Find("company:scale-ai"), nullptr);
  EXPECT_EQ(g.Find("company:scale-ai")->name, "Scale AI");
  EXPECT_NE(g.Find("model:gpt-4-5"), nullptr);
}

TEST(GazetteerLoaderTest, ExplicitIdIsKept) {
  Gazetteer g;
  ASSERT_TRUE(LoadGazetteerFile(kFixtures + "small.json", &g).ok());
  EXPECT_NE(g.Find("person:dylan-patel-semianalysis"), nullptr);
  EXPECT_EQ(g.Find("person:dylan-patel"), nullptr);
}

TEST(GazetteerLoaderTest, PassesThroughExternalIdsAndLinks) {
  Gazetteer g;
  ASSERT_TRUE(LoadGazetteerFile(kFixtures + "small.json", &g).ok());
  const Entity* openai = g.Find("company:openai");
  EXPECT_EQ(openai->homepage, "https://openai.com");
  EXPECT_EQ(openai->wikidata, "Q21708200");
  EXPECT_EQ(openai->kind, "lab");
  EXPECT_EQ(g.Find("person:sam-altman")->org, "company:openai");
  EXPECT_EQ(g.Find("model:gpt-4-5")->maker, "company:openai");
}

TEST(GazetteerLoaderTest, AliasObjectKeepsCaseAndContext) {
  Gazetteer g;
  ASSERT_TRUE(LoadGazetteerFile(kFixtures + "small.json", &g).ok());
  const Alias& scale = g.Find("company:scale-ai")->aliases.at(0);
  EXPECT_EQ(scale.text, "Scale");
  EXPECT_EQ(scale.case_rule, CaseRule::kExact);
  EXPECT_EQ(scale.context, (std::vector<std::string>{"person:alexandr-wang", "company:meta"}));
}

TEST(GazetteerLoaderTest, CaseLowerMatchesAnyCaseAndIsSafeInLowerCase) {
  Gazetteer g;
  ASSERT_TRUE(LoadGazetteerFile(kFixtures + "small.json", &g).ok());
  const Entity* hf = g.Find("company:hugging-face");
  ASSERT_NE(hf, nullptr);
  EXPECT_EQ(hf->name_case, CaseRule::kAny);
  EXPECT_TRUE(hf->name_lower_safe);
  EXPECT_FALSE(g.Find("company:wework")->name_lower_safe);
}

TEST(GazetteerLoaderTest, StringAliasTakesTheEntityCase) {
  Gazetteer g;
  ASSERT_TRUE(LoadGazetteerFile(kFixtures + "small.json", &g).ok());
  EXPECT_EQ(g.Find("company:meta")->aliases.at(0).case_rule, CaseRule::kTitle);
}

TEST(GazetteerLoaderTest, LaterFileReplacesEntityWithSameIdInPlace) {
  Gazetteer g;
  ASSERT_TRUE(LoadGazetteerFile(kFixtures + "small.json", &g).ok());
  size_t before = g.size();
  ASSERT_TRUE(LoadGazetteerFile(kFixtures + "override.json", &g).ok());
  EXPECT_EQ(g.size(), before + 1);
  EXPECT_EQ(g.entities().front().homepage, "https://example.org");
  EXPECT_EQ(g.entities().front().aliases.at(0).text, "Open A.I.");
  EXPECT_EQ(g.entities().back().id, "company:acme-robotics");
}

TEST(GazetteerLoaderTest, UnknownTypeNamesFileLineAndColumn) {
  Gazetteer g;
  Status s = LoadGazetteerFile(kFixtures + "bad_type.json", &g);
  EXPECT_EQ(s.ToString(), kFixtures + "bad_type.json:4:12: error: unknown type \"persn\" "
                          "(expected person, company, model or product)");
  EXPECT_EQ(g.size(), 0u);
}

TEST(GazetteerLoaderTest, SyntaxErrorGivesLineAndColumnNotByte) {
  Gazetteer g;
  Status s = LoadGazetteerFile(kFixtures + "bad_syntax.json", &g);
  EXPECT_EQ(s.ToString(), kFixtures + "bad_syntax.json:3:3: error: bad JSON: syntax error "
                          "while parsing array - unexpected '{'; expected ']'");
}

TEST(GazetteerLoaderTest, NumberTooLargeIsAnErrorAtTheNumber) {
  Gazetteer g;
  Status s = ParseGazetteer("{\n  \"entities\": 1E999\n}", "g.json", &g);
  EXPECT_EQ(s.ToString(),
            "g.json:2:15: error: bad JSON: number overflow parsing '1E999'");
}

TEST(GazetteerLoaderTest, BadCaseValueIsAnError) {
  Gazetteer g;
  Status s = LoadGazetteerFile(kFixtures + "bad_case.json", &g);
  EXPECT_EQ(s.ToString(), kFixtures + "bad_case.json:2:81: error: bad case \"upper\" "
                          "(expected any, lower, title or exact)");
}

TEST(GazetteerLoaderTest, AliasObjectWithUnknownFieldIsAnError) {
  Gazetteer g;
  Status s = LoadGazetteerFile(kFixtures + "bad_alias.json", &g);
  EXPECT_EQ(s.ToString(), kFixtures + "bad_alias.json:2:56: error: unknown alias field "
                          "\"txt\" (expected text, case or context)");
}

TEST(GazetteerLoaderTest, DuplicateIdInOneFileIsAnError) {
  Gazetteer g;
  Status s = LoadGazetteerFile(kFixtures + "duplicate.json", &g);
  EXPECT_EQ(s.ToString(), kFixtures + "duplicate.json:3:3: error: duplicate id "
                          "\"company:openai\" (first at line 2)");
}

TEST(GazetteerLoaderTest, MissingNameIsAnError) {
  Gazetteer g;
  Status s = ParseGazetteer("{\"entities\": [{\"type\": \"company\"}]}", "x.json", &g);
  EXPECT_EQ(s.ToString(), "x.json:1:15: error: entity without a \"name\"");
}

TEST(GazetteerLoaderTest, ShippedGazetteerLoads) {
  Gazetteer g;
  Status s = LoadGazetteerDir(std::string(CLAIMGRAPH_SOURCE_DIR) + "/data/gazetteer", &g);
  EXPECT_TRUE(s.ok()) << s.ToString();
}

TEST(LineColumnTest, CountsCharactersNotBytes) {
  LineColumn lc = LineColumnAt("ab\n\xC5\x81x", 6);  // "Łx" on line 2
  EXPECT_EQ(lc.line, 2);
  EXPECT_EQ(lc.column, 3);
}

}  // namespace
}  // namespace claimgraph
