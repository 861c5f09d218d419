#include "tests/export/test_support.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/text.h"

namespace claimgraph::testing_support {
namespace {

Entity MakeEntity(EntityType type, const std::string& name) {
  Entity e;
  e.id = MakeId(EntityTypeName(type), name);
  e.type = type;
  e.name = name;
  return e;
}

Claim RelationClaim(int segment, const std::string& text, const std::string& relation,
                    const std::string& subject, const std::string& object,
                    Modality modality = Modality::kAsserted, bool negated = false) {
  Claim c;
  c.segment = segment;
  c.text = text;
  c.relation = relation;
  c.subject = subject;
  c.object = object;
  c.about = {{subject, Role::kSubject}, {object, Role::kObject}};
  c.modality = modality;
  c.negated = negated;
  return c;
}

}  // namespace

AnalyzedEpisode EpisodeOne() {
  AnalyzedEpisode a;
  Episode& e = a.episode;
  e.id = "episode:2025-06-30-ep-one";
  e.title = "AT&T <Special> \"Quotes\" 'single'";
  e.date = "2025-06-30";
  e.source = "ep one.txt";
  e.layout = "timestamped-speaker-lines";
  e.speakers = {"Matthew Berman", "Dylan Patel"};
  e.chapters = {Chapter{"Intro & <Setup>", 0, "A summary\x01 with a control", 5}};
  e.segments = {
      Segment{"Matthew Berman", 0, 9, "What about Meta and Scale AI? And AT&T <Labs> \"Inc\"?", false},
      Segment{"Dylan Patel", 18, 12, "Meta bought Scale. I worked at AT&T Labs.", false},
      Segment{"Dylan Patel", 431, 97, "Meta didn't really invest in Scale, I think. שלום כהן said so.", true},
      Segment{"Matthew Berman", 500, 110, "So Meta acquired Scale AI. Robo 🤖 is neat\u2028really. Conan O’Brien agrees.", false},
      Segment{"Dylan Patel", 520, 118, "Right, Robo\r\n🤖.", false},
  };
  Entity meta = MakeEntity(EntityType::kCompany, "Meta");
  Entity scale = MakeEntity(EntityType::kCompany, "Scale AI");
  Entity att = MakeEntity(EntityType::kCompany, kAtt);
  att.homepage = "https://att.example/?a=1&b=<2>";
  Entity hebrew = MakeEntity(EntityType::kPerson, kHebrew);
  Entity robot = MakeEntity(EntityType::kProduct, kRobot);
  Entity conan = MakeEntity(EntityType::kPerson, kConan);
  a.entities = {meta, scale, att, hebrew, robot, conan};
  a.mentions = {
      Mention{meta.id, "Meta", 0, 11, 15},
      Mention{scale.id, "Scale AI", 0, 20, 28},
      Mention{att.id, "AT&T <Labs> \"Inc\"", 0, 34, 51},
      Mention{meta.id, "Meta", 1, 0, 4},
      Mention{scale.id, "Scale", 1, 12, 17},
      Mention{att.id, "AT&T Labs", 1, 31, 40},
      Mention{meta.id, "Meta", 2, 0, 4},
      Mention{scale.id, "Scale", 2, 30, 35},
      Mention{hebrew.id, kHebrew, 2, 46, 61},
      Mention{meta.id, "Meta", 3, 3, 7},
      Mention{scale.id, "Scale AI", 3, 17, 25},
      Mention{robot.id, "Robo 🤖", 3, 27, 36},
      Mention{conan.id, kConan, 3, 60, 75},
      Mention{robot.id, "Robo\r\n🤖", 4, 7, 17},
  };
  Claim robot_claim;
  robot_claim.segment = 3;
  robot_claim.text = "Robo 🤖 is neat\u2028really.";
  robot_claim.about = {{robot.id, Role::kMention}};
  a.claims = {
      RelationClaim(1, "Meta bought Scale.", "acquired", meta.id, scale.id),
      RelationClaim(1, "I worked at AT&T Labs.", "works_at", "person:dylan-patel", att.id),
      RelationClaim(2, "Meta didn't really invest in Scale, I think.", "invested_in",
                    meta.id, scale.id, Modality::kHedged, true),
      RelationClaim(3, "So Meta acquired Scale AI.", "acquired", meta.id, scale.id),
      robot_claim,
  };
  return a;
}

AnalyzedEpisode EpisodeTwo() {
  AnalyzedEpisode a;
  Episode& e = a.episode;
  e.id = "episode:2025-07-15-ep-two";
  e.title = "Ep Two";
  e.date = "2025-07-15";
  e.source = "ep two.txt";
  e.layout = "timestamped-speaker-lines";
  e.speakers = {"Sam Altman", "Matthew Berman"};
  e.segments = {
      Segment{"Sam Altman", 5, 3, "We released GPT-4.5. Meta is fine.", false},
      Segment{"Matthew Berman", 65, 7, "OpenAI and GPT-4.5?", false},
  };
  Entity openai = MakeEntity(EntityType::kCompany, "OpenAI");
  Entity gpt = MakeEntity(EntityType::kModel, "GPT-4.5");
  Entity meta = MakeEntity(EntityType::kCompany, "Meta");
  a.entities = {gpt, meta, openai};
  a.mentions = {
      Mention{gpt.id, "GPT-4.5", 0, 12, 19},
      Mention{meta.id, "Meta", 0, 21, 25},
      Mention{openai.id, "OpenAI", 1, 0, 6},
      Mention{gpt.id, "GPT-4.5", 1, 11, 18},
  };
  a.claims = {RelationClaim(0, "We released GPT-4.5.", "released", openai.id, gpt.id,
                            Modality::kAsserted)};
  return a;
}

AnalyzedEpisode UntimedEpisode() {
  AnalyzedEpisode a;
  a.episode.id = "episode:untimed";
  a.episode.source = "untimed.txt";
  a.episode.layout = "plain-paragraphs";
  a.episode.segments = {Segment{"Ada Lovelace", std::nullopt, 1, "Meta rocks.", false}};
  Entity meta = MakeEntity(EntityType::kCompany, "Meta");
  a.entities = {meta};
  a.mentions = {Mention{meta.id, "Meta", 0, 0, 4}};
  return a;
}

KnowledgeGraph GraphOf(const std::vector<AnalyzedEpisode>& episodes) {
  KnowledgeGraph graph;
  for (const AnalyzedEpisode& episode : episodes) {
    Status s = graph.AddEpisode(episode);
    EXPECT_TRUE(s.ok()) << s.ToString();
  }
  return graph;
}

std::string TempFolder(const std::string& name) {
  const ::testing::TestInfo* info =
      ::testing::UnitTest::GetInstance()->current_test_info();
  std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) /
                              ("claimgraph-export-" + std::to_string(getpid())) /
                              (std::string(info->test_suite_name()) + "." + info->name()) /
                              name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteAll(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

std::string ShellQuote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

int RunCommand(const std::string& command, std::string* output) {
  output->clear();
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output->append(buffer, n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int ValidateGraphml(const std::string& file, std::string* output) {
  return RunCommand("xmllint --noout --nonet --schema " +
                 ShellQuote(std::string(CLAIMGRAPH_TEST_DIR) +
                            "/export/schemas/graphml/graphml.xsd") +
                 " " + ShellQuote(file),
             output);
}

int ValidateGexf(const std::string& file, std::string* output) {
  return RunCommand("xmllint --noout --nonet --relaxng " +
                 ShellQuote(std::string(CLAIMGRAPH_TEST_DIR) +
                            "/export/schemas/gexf-1.3/gexf.rng") +
                 " " + ShellQuote(file),
             output);
}

std::string NetworkxLoad(const std::string& kind, const std::string& file) {
  std::string output;
  int status = RunCommand("/usr/bin/python3 " +
                       ShellQuote(std::string(CLAIMGRAPH_TEST_DIR) +
                                  "/export/networkx_load.py") +
                       " " + kind + " " + ShellQuote(file),
                   &output);
  EXPECT_EQ(status, 0) << output;
  return status == 0 ? output : "";
}

std::string Python(const std::string& program, const std::string& arg) {
  std::string output;
  int status = RunCommand("/usr/bin/python3 -c " + ShellQuote(program) + " " + ShellQuote(arg),
                   &output);
  EXPECT_EQ(status, 0) << output;
  return output;
}

}  // namespace claimgraph::testing_support
