#include "base/json_members.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace claimgraph {
namespace {

// Writes down what it is told, one line an event.
class Recorder : public JsonMemberVisitor {
 public:
  void Member(const std::string& key, nlohmann::json&& value) override {
    events.push_back("member " + key + " " + value.dump());
  }
  void ArrayStart(const std::string& key) override { events.push_back("start " + key); }
  void Element(const std::string& key, size_t index, nlohmann::json&& value) override {
    events.push_back("element " + key + " " + std::to_string(index) + " " + value.dump());
  }
  void ArrayEnd(const std::string& key) override { events.push_back("end " + key); }
  void Root(nlohmann::json&& value) override { events.push_back("root " + value.dump()); }
  std::vector<std::string> events;
};

using Events = std::vector<std::string>;

TEST(JsonMembersTest, ArraysOfTheRootComeOneElementAtATime) {
  Recorder r;
  EXPECT_FALSE(ParseJsonMembers(R"({"a": 1, "b": [true, {"c": [2, null]}], "d": {"e": []}})",
                                &r));
  EXPECT_EQ(r.events, (Events{"member a 1", "start b", "element b 0 true",
                              R"(element b 1 {"c":[2,null]})", "end b",
                              R"(member d {"e":[]})"}));
}

TEST(JsonMembersTest, RootThatIsNotAnObjectComesWhole) {
  Recorder array, number;
  EXPECT_FALSE(ParseJsonMembers("[1, [2]]", &array));
  EXPECT_EQ(array.events, (Events{"root [1,[2]]"}));
  EXPECT_FALSE(ParseJsonMembers(" 42 ", &number));
  EXPECT_EQ(number.events, (Events{"root 42"}));
}

TEST(JsonMembersTest, ValuesAreThoseOfParsingTheWholeText) {
  const std::string element = R"({"a": 1, "a": 2, "s": "\u00e9\n", "f": 1.5, "u": 18446744073709551615})";
  Recorder r;
  EXPECT_FALSE(ParseJsonMembers("{\"list\": [" + element + "]}", &r));
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.events[1], "element list 0 " + nlohmann::json::parse(element).dump());
}

TEST(JsonMembersTest, RepeatedRootKeyIsPassedOnEachTime) {
  Recorder r;
  EXPECT_FALSE(ParseJsonMembers(R"({"a": 1, "a": [2]})", &r));
  EXPECT_EQ(r.events, (Events{"member a 1", "start a", "element a 0 2", "end a"}));
}

TEST(JsonMembersTest, BrokenTextFailsAsParseJsonFails) {
  for (std::string text : {"{\"a\": [1,, 2]}", "{\"a\": 1", "{\"a\": 1} x", "{\"n\": [9E9999]}", ""}) {
    Recorder r;
    nlohmann::json doc;
    std::optional<JsonParseFailure> whole = ParseJson(text, &doc);
    std::optional<JsonParseFailure> members = ParseJsonMembers(text, &r);
    ASSERT_TRUE(whole.has_value()) << text;
    ASSERT_TRUE(members.has_value()) << text;
    EXPECT_EQ(members->offset, whole->offset) << text;
    EXPECT_EQ(members->reason, whole->reason) << text;
  }
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("claimgraph-json-members-" + std::to_string(getpid()) + "-" + name))
                         .string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// Blocks of three bytes cut every token somewhere: the events are those of
// the text in memory.
TEST(JsonMembersTest, FileReadInSmallBlocksGivesTheEventsOfItsText) {
  const std::string text = R"({"a": "long string", "b": [1.25, {"c": [true]}], "d": null})";
  std::string path = WriteTemp("blocks.json", text);
  Recorder from_text, from_file;
  ASSERT_FALSE(ParseJsonMembers(text, &from_text));
  bool broken = true;
  Status s = ParseJsonMembersFromFile(path, &from_file, &broken, 3);
  std::filesystem::remove(path);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_FALSE(broken);
  EXPECT_EQ(from_file.events, from_text.events);
}

TEST(JsonMembersTest, BrokenFileIsSaidToBeBroken) {
  std::string path = WriteTemp("broken.json", R"({"a": [1, 2)");
  Recorder r;
  bool broken = false;
  Status s = ParseJsonMembersFromFile(path, &r, &broken, 4);
  std::filesystem::remove(path);
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(broken);
}

TEST(JsonMembersTest, MissingFileIsAReadError) {
  Recorder r;
  bool broken = false;
  Status s = ParseJsonMembersFromFile("/nonexistent/x.json", &r, &broken);
  EXPECT_EQ(s.ToString(), "/nonexistent/x.json: error: cannot read: No such file or directory");
  EXPECT_FALSE(broken);
}

}  // namespace
}  // namespace claimgraph
