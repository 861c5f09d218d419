#include "export/query_output.h"

#include <gtest/gtest.h>

#include "tests/graph/test_episodes.h"

namespace claimgraph {
namespace {

std::vector<ClaimRow> AppleRows() {
  KnowledgeGraph graph = fixtures::TwoEpisodeGraph();
  ClaimQuery query;
  query.relations = {"uses"};
  return FindClaims(graph, query);
}

TEST(QueryOutputTest, TextTableShowsEpisodeTimeSpeakerRelationModalitySourceClaim) {
  EXPECT_EQ(FormatTextTable(ClaimDisplayTable(AppleRows()), {}),
            "EPISODE     TIME      SPEAKER    RELATION               MODALITY  "
            "SOURCE    CLAIM\n"
            "-------     ----      -------    --------               --------  "
            "------    -----\n"
            "2025-06-30  00:10:20  Ben Guest  Apple not uses NVIDIA  asserted  "
            "a.txt:20  Apple doesn't really buy NVIDIA hardware.\n"
            "2025-07-15  00:00:30  Cy Guest   Apple uses NVIDIA      asserted  "
            "b.vtt:8   Apple uses NVIDIA chips in the cloud.\n");
}

TEST(QueryOutputTest, CsvHasEveryField) {
  std::string csv = FormatCsv(ClaimFieldTable(AppleRows()));
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "claim,episode,episode_title,date,time,seconds,speaker,speaker_name,"
            "relation,subject,subject_name,object,object_name,negated,modality,"
            "label,text,source,line");
  EXPECT_NE(csv.find("\nclaim:ep-a:4,episode:ep-a,Episode ep-a,2025-06-30,00:10:20,"
                     "620,person:ben-guest,Ben Guest,uses,company:apple,Apple,"
                     "company:nvidia,NVIDIA,true,asserted,Apple not uses NVIDIA,"
                     "Apple doesn't really buy NVIDIA hardware.,a.txt,20\n"),
            std::string::npos)
      << csv;
}

TEST(QueryOutputTest, JsonIsAnArrayOfRowObjects) {
  std::string json = ClaimRowsJson({AppleRows()[1]});
  EXPECT_EQ(json,
            "[\n"
            " {\n"
            "  \"claim\": \"claim:ep-b:2\",\n"
            "  \"episode\": \"episode:ep-b\",\n"
            "  \"episode_title\": \"Episode ep-b\",\n"
            "  \"date\": \"2025-07-15\",\n"
            "  \"time\": \"00:00:30\",\n"
            "  \"seconds\": 30,\n"
            "  \"speaker\": \"person:cy-guest\",\n"
            "  \"speaker_name\": \"Cy Guest\",\n"
            "  \"relation\": \"uses\",\n"
            "  \"subject\": \"company:apple\",\n"
            "  \"subject_name\": \"Apple\",\n"
            "  \"object\": \"company:nvidia\",\n"
            "  \"object_name\": \"NVIDIA\",\n"
            "  \"negated\": false,\n"
            "  \"modality\": \"asserted\",\n"
            "  \"label\": \"Apple uses NVIDIA\",\n"
            "  \"text\": \"Apple uses NVIDIA chips in the cloud.\",\n"
            "  \"source\": \"b.vtt\",\n"
            "  \"line\": 8\n"
            " }\n"
            "]\n");
}

TEST(QueryOutputTest, ClaimWithoutRelationHasNullRelationFields) {
  KnowledgeGraph graph = fixtures::TwoEpisodeGraph();
  ClaimQuery query;
  query.about = {"person:mark-zuckerberg"};
  std::string json = ClaimRowsJson(FindClaims(graph, query));
  EXPECT_NE(json.find("\"relation\": null,\n  \"subject\": null,\n  \"subject_name\": "
                      "null,\n  \"object\": null,\n  \"object_name\": null,"),
            std::string::npos)
      << json;
}

TEST(QueryOutputTest, EmptyResultIsAnEmptyJsonArrayAndAHeaderOnlyCsv) {
  EXPECT_EQ(ClaimRowsJson({}), "[]\n");
  EXPECT_EQ(FormatCsv(ClaimFieldTable({})).find('\n') + 1,
            FormatCsv(ClaimFieldTable({})).size());
}

TEST(QueryOutputTest, TopicsAsTableCsvAndJson) {
  KnowledgeGraph graph = fixtures::TwoEpisodeGraph();
  std::vector<TopicRow> rows = SummariseSpeaker(graph, "person:cy-guest", {}, 2);
  EXPECT_EQ(FormatTextTable(TopicTable(rows), {}),
            "ENTITY  TYPE     MENTIONS  CLAIMS  EPISODES\n"
            "------  ----     --------  ------  --------\n"
            "Apple   company  1         1       1\n"
            "Grok 4  model    1         1       1\n");
  EXPECT_EQ(FormatCsv(TopicFieldTable(rows)),
            "entity,name,type,mentions,claims,episodes\n"
            "company:apple,Apple,company,1,1,episode:ep-b\n"
            "model:grok-4,Grok 4,model,1,1,episode:ep-b\n");
  EXPECT_EQ(TopicsJson("person:cy-guest", "Cy Guest", {rows[0]}),
            "{\n"
            " \"speaker\": \"person:cy-guest\",\n"
            " \"speaker_name\": \"Cy Guest\",\n"
            " \"topics\": [\n"
            "  {\n"
            "   \"entity\": \"company:apple\",\n"
            "   \"name\": \"Apple\",\n"
            "   \"type\": \"company\",\n"
            "   \"mentions\": 1,\n"
            "   \"claims\": 1,\n"
            "   \"episodes\": [\n"
            "    \"episode:ep-b\"\n"
            "   ]\n"
            "  }\n"
            " ]\n"
            "}\n");
}

}  // namespace
}  // namespace claimgraph
