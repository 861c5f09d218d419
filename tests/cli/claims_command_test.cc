// `claimgraph claims`: runs the binary on small transcripts and checks what
// it prints, its filters, user rules and bad rules files.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace claimgraph {
namespace {

struct Result {
  int code = -1;
  std::string out;
  std::string err;
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// CTest runs each test in a process of its own, two at a time: every file a
// test writes carries its process id.
std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + std::to_string(getpid()) + "-" + name;
}

std::string Write(const std::string& name, const std::string& text) {
  std::string path = TempPath(name);
  std::ofstream(path) << text;
  return path;
}

Result RunClaimgraph(const std::string& args) {
  std::string err_path = TempPath("claims_command_stderr.txt");
  std::string command = std::string(CLAIMGRAPH_BINARY) + " " + args + " 2>" + err_path;
  Result result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  int status = pclose(pipe);
  result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = Slurp(err_path);
  return result;
}

const std::string kTalk = std::string(CLAIMGRAPH_TEST_DIR) + "/cli/fixtures/claims_talk.txt";

TEST(ClaimsCommandTest, PrintsOneTabSeparatedLinePerClaim) {
  Result r = RunClaimgraph("claims " + kTalk);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            kTalk + ":4\t00:00:00\tAnn Lee\t-\t-\t-\tquestion\t-\tWhat is going on at Meta?\n" +
            kTalk + ":7\t00:00:05\tBo Chen\tacquired\tMeta\tScale AI\tasserted\t-\tWell, they bought Scale AI.\n" +
            kTalk + ":7\t00:00:05\tBo Chen\thired\tMeta\tNat Friedman\thedged\t-\tI think Meta will hire Nat Friedman.\n" +
            kTalk + ":10\t00:01:10\tAnn Lee\tuses\tApple\tNVIDIA\tasserted\tnegated\tAnd Apple doesn't really buy much NVIDIA hardware, right?\n");
}

TEST(ClaimsCommandTest, RelationFilterKeepsThoseRelations) {
  Result r = RunClaimgraph("claims " + kTalk + " --relation acquired,uses");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            kTalk + ":7\t00:00:05\tBo Chen\tacquired\tMeta\tScale AI\tasserted\t-\tWell, they bought Scale AI.\n" +
            kTalk + ":10\t00:01:10\tAnn Lee\tuses\tApple\tNVIDIA\tasserted\tnegated\tAnd Apple doesn't really buy much NVIDIA hardware, right?\n");
}

TEST(ClaimsCommandTest, RelationNoneKeepsClaimsWithoutARelation) {
  Result r = RunClaimgraph("claims " + kTalk + " --relation none");
  EXPECT_EQ(r.out, kTalk + ":4\t00:00:00\tAnn Lee\t-\t-\t-\tquestion\t-\tWhat is going on at Meta?\n");
}

TEST(ClaimsCommandTest, SpeakerFilterMatchesPartOfTheName) {
  Result r = RunClaimgraph("claims " + kTalk + " --speaker bo");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            kTalk + ":7\t00:00:05\tBo Chen\tacquired\tMeta\tScale AI\tasserted\t-\tWell, they bought Scale AI.\n" +
            kTalk + ":7\t00:00:05\tBo Chen\thired\tMeta\tNat Friedman\thedged\t-\tI think Meta will hire Nat Friedman.\n");
}

TEST(ClaimsCommandTest, ExplainShowsTheRuleAndTheMaskedText) {
  Result r = RunClaimgraph("claims " + kTalk + " --relation acquired --explain");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\trule: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("/data/rules/deals.rules:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tread: well, <company:meta> bought <company:scale-ai>.\n"),
            std::string::npos)
      << r.out;
}

TEST(ClaimsCommandTest, UnknownRelationIsAUsageError) {
  Result r = RunClaimgraph("claims " + kTalk + " --relation bought");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "claimgraph: unknown relation \"bought\" (see docs/relations.md)\n");
}

TEST(ClaimsCommandTest, UserRulesFileAddsARule) {
  std::string rules = Write("friends.rules",
                            "# Friendship is a partnership.\n"
                            "relation partnered_with 1 2 ({ACTOR}) is friends with ({ACTOR})\n"
                            "example <company:a> is friends with <company:b> => company:a company:b\n");
  std::string talk = Write("friends.txt",
                           "Friends\n\nTranscript\n(00:00) Ann Lee:\n\xC2\xA0\n"
                           "Meta is friends with Apple.\n");
  Result without = RunClaimgraph("claims " + talk + " --relation partnered_with");
  EXPECT_EQ(without.out, "");
  Result with = RunClaimgraph("claims " + talk + " --relation partnered_with --rules " + rules);
  EXPECT_EQ(with.code, 0) << with.err;
  EXPECT_EQ(with.out, talk + ":4\t00:00:00\tAnn Lee\tpartnered_with\tMeta\tApple\tasserted\t-\t"
                             "Meta is friends with Apple.\n");
}

TEST(ClaimsCommandTest, BadRulesFileStopsWithItsPlace) {
  std::string rules = Write("bad.rules",
                            "# A rule with a broken group.\n"
                            "relation acquired 1 2 ({ACTOR}) (bought ({ORG})\n");
  Result r = RunClaimgraph("claims " + kTalk + " --rules " + rules);
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, rules +
                       ":2:23: error: bad pattern: missing ): ({ACTOR}) (bought ({ORG})\n");
}

}  // namespace
}  // namespace claimgraph
