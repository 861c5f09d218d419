#include "export/claims_jsonl_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/export/test_support.h"

namespace claimgraph {
namespace {

using Json = nlohmann::ordered_json;
using namespace testing_support;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(ClaimsJsonlTest, OneLinePerClaimInGraphOrder) {
  std::vector<std::string> lines =
      Lines(ToClaimsJsonl(GraphOf({EpisodeOne(), EpisodeTwo()})));
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(Json::parse(lines[0])["id"], "claim:2025-06-30-ep-one:1");
  EXPECT_EQ(Json::parse(lines[5])["id"], "claim:2025-07-15-ep-two:1");
}

TEST(ClaimsJsonlTest, RowHasIdsLabelsTimeAndSource) {
  std::vector<std::string> lines = Lines(ToClaimsJsonl(GraphOf({EpisodeOne()})));
  Json expected = Json::parse(R"({
    "id": "claim:2025-06-30-ep-one:2", "episode": "episode:2025-06-30-ep-one",
    "date": "2025-06-30", "speaker": "person:dylan-patel",
    "speaker_label": "Dylan Patel", "time": "00:00:18", "seconds": 18,
    "relation": "works_at", "subject": "person:dylan-patel",
    "subject_label": "Dylan Patel", "object": "company:at-t-labs-inc",
    "object_label": "AT&T <Labs> \"Inc\"", "modality": "asserted",
    "negated": false, "text": "I worked at AT&T Labs.",
    "about": ["person:dylan-patel", "company:at-t-labs-inc"],
    "source": "ep one.txt:12", "line": 12})");
  EXPECT_EQ(Json::parse(lines[1]), expected);
}

TEST(ClaimsJsonlTest, EveryRowHasTheSameKeysInTheSameOrder) {
  std::vector<std::string> lines = Lines(ToClaimsJsonl(GraphOf({EpisodeOne()})));
  auto keys = [](const std::string& line) {
    std::vector<std::string> out;
    Json row = Json::parse(line);
    for (auto it = row.begin(); it != row.end(); ++it) out.push_back(it.key());
    return out;
  };
  for (const std::string& line : lines) EXPECT_EQ(keys(line), keys(lines[0]));
}

TEST(ClaimsJsonlTest, ClaimWithoutRelationHasNullRelationFields) {
  std::vector<std::string> lines = Lines(ToClaimsJsonl(GraphOf({EpisodeOne()})));
  Json row = Json::parse(lines[4]);
  EXPECT_TRUE(row["relation"].is_null());
  EXPECT_TRUE(row["subject"].is_null());
  EXPECT_TRUE(row["object_label"].is_null());
  EXPECT_EQ(row["about"], Json({"product:robo-🤖-tab-name"}));
}

TEST(ClaimsJsonlTest, LineSeparatorInTextIsEscapedAndRoundTrips) {
  std::string text = ToClaimsJsonl(GraphOf({EpisodeOne()}));
  EXPECT_EQ(text.find("\u2028"), std::string::npos);
  EXPECT_NE(text.find("\\u2028"), std::string::npos);
  EXPECT_EQ(Json::parse(Lines(text)[4])["text"], "Robo 🤖 is neat\u2028really.");
}

TEST(ClaimsJsonlTest, PythonReadsEveryLine) {
  std::string path = TempFolder("jsonl") + "/claims.jsonl";
  ASSERT_TRUE(WriteClaimsJsonl(GraphOf({EpisodeOne(), EpisodeTwo()}), path).ok());
  std::string out = Python(
      "import json, sys\n"
      "rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8').read().splitlines()]\n"
      "print(len(rows), rows[2]['negated'], rows[2]['modality'], rows[4]['text'] == "
      "'Robo \\U0001F916 is neat\\u2028really.')\n",
      path);
  EXPECT_EQ(out, "6 True hedged True\n");
}

TEST(ClaimsJsonlTest, SameGraphGivesSameBytes) {
  EXPECT_EQ(ToClaimsJsonl(GraphOf({EpisodeOne(), EpisodeTwo()})),
            ToClaimsJsonl(GraphOf({EpisodeOne(), EpisodeTwo()})));
}

}  // namespace
}  // namespace claimgraph
