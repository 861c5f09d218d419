#include "extract/entities/mention_finder.h"

#include <gtest/gtest.h>

#include <set>

#include "extract/entities/entity_resolver.h"
#include "extract/entities/gazetteer_loader.h"

namespace claimgraph {
namespace {

// The fixture gazetteer with the shipped families and name rules.
class MentionFinderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    data_ = new EntityData;
    std::string data_dir = std::string(CLAIMGRAPH_SOURCE_DIR) + "/data";
    ASSERT_TRUE(LoadGazetteerFile(std::string(CLAIMGRAPH_TEST_DIR) +
                                      "/entities/fixtures/small.json", &data_->gazetteer).ok());
    ASSERT_TRUE(data_->families.Load(data_dir + "/entities/families.txt").ok());
    ASSERT_TRUE(data_->names.LoadDir(data_dir + "/entities").ok());
    finder_ = new MentionFinder(*data_);
  }
  static void TearDownTestSuite() {
    delete finder_;
    delete data_;
  }

  // Segments as (speaker, text); speakers in order of first turn.
  static Episode MakeEpisode(const std::vector<std::pair<std::string, std::string>>& turns) {
    Episode episode;
    int line = 1;
    for (const auto& [speaker, text] : turns) {
      if (std::find(episode.speakers.begin(), episode.speakers.end(), speaker) ==
          episode.speakers.end())
        episode.speakers.push_back(speaker);
      episode.segments.push_back(Segment{speaker, std::nullopt, line++, text, false});
    }
    return episode;
  }
  // "surface=id" for every mention.
  static std::vector<std::string> Find(const Episode& episode) {
    std::vector<std::string> out;
    for (const Mention& m : finder_->Find(episode).mentions) out.push_back(m.surface + "=" + m.entity);
    return out;
  }
  static std::vector<std::string> Find(const std::string& text) {
    return Find(MakeEpisode({{"Host", text}}));
  }

  static EntityData* data_;
  static MentionFinder* finder_;
};

EntityData* MentionFinderTest::data_ = nullptr;
MentionFinder* MentionFinderTest::finder_ = nullptr;
using Found = std::vector<std::string>;

TEST_F(MentionFinderTest, ContextAliasCountsWhereItsContextIsNamed) {
  EXPECT_EQ(Find("Meta shipped Scout."), (Found{"Meta=company:meta", "Scout=model:llama-4-scout"}));
}

TEST_F(MentionFinderTest, ContextAliasAloneDoesNotCount) {
  EXPECT_EQ(Find("The Boy Scout went home."), Found{});
}

TEST_F(MentionFinderTest, ContextAliasCountsInAListOfItsKind) {
  EXPECT_EQ(Find("clouds like Nebius and Together and CoreWeave"),
            (Found{"Nebius=company:nebius", "Together=company:together-ai",
                   "CoreWeave=company:coreweave"}));
}

TEST_F(MentionFinderTest, NicknameAliasResolves) {
  EXPECT_EQ(Find("Zuck said so."), (Found{"Zuck=person:mark-zuckerberg"}));
}

TEST_F(MentionFinderTest, FirstNameResolvesToTheOnePersonInPlay) {
  Episode episode = MakeEpisode({{"Host", "Sam is a great leader."},
                                 {"Guest", "Sam Altman said it."}});
  EXPECT_EQ(Find(episode), (Found{"Sam=person:sam-altman", "Sam Altman=person:sam-altman"}));
}

TEST_F(MentionFinderTest, FirstNameStaysUnresolvedWhenTwoAreInPlay) {
  Episode episode = MakeEpisode({{"Host", "Sam Altman and Sam Bankman-Fried met."},
                                 {"Guest", "Later, Sam left."}});
  EXPECT_EQ(Find(episode), (Found{"Sam Altman=person:sam-altman",
                                  "Sam Bankman-Fried=person:sam-bankman-fried"}));
}

TEST_F(MentionFinderTest, SameSegmentBreaksATieBetweenFirstNames) {
  Episode episode = MakeEpisode({{"Host", "Mark Chen leads research."},
                                 {"Guest", "Zuck wanted it, so Mark tried to buy it."}});
  EXPECT_EQ(Find(episode), (Found{"Mark Chen=person:mark-chen", "Zuck=person:mark-zuckerberg",
                                  "Mark=person:mark-zuckerberg"}));
}

TEST_F(MentionFinderTest, SpeakerCountsAsAPersonInPlay) {
  Episode episode = MakeEpisode({{"Matthew Berman", "Dylan, thank you."},
                                 {"Dylan Patel", "Thanks."}});
  EXPECT_EQ(Find(episode), (Found{"Dylan=person:dylan-patel"}));
}

TEST_F(MentionFinderTest, SpeakerInTheGazetteerTakesTheSpeakerId) {
  Episode episode = MakeEpisode({{"Host", "Meet Dylan Patel."}, {"Dylan Patel", "Hi."}});
  EpisodeEntities found = finder_->Find(episode);
  ASSERT_EQ(found.mentions.size(), 1u);
  EXPECT_EQ(found.mentions[0].entity, "person:dylan-patel");
  EXPECT_EQ(found.entities[0].name, "Dylan Patel");
}

TEST_F(MentionFinderTest, FirstNameOfAPersonWhoseOrganisationIsNearby) {
  EXPECT_EQ(Find("Microsoft will do it, Satya said."),
            (Found{"Microsoft=company:microsoft", "Satya=person:satya-nadella"}));
}

TEST_F(MentionFinderTest, FirstNameOfAPersonTheChaptersNameInFull) {
  Episode episode = MakeEpisode({{"Host", "What did Ilya see?"}});
  episode.chapters.push_back(Chapter{"Ilya Sutskever", 600, "", 3});
  EXPECT_EQ(Find(episode), (Found{"Ilya=person:ilya-sutskever"}));
}

TEST_F(MentionFinderTest, FirstNameOfTwoPeopleTheChaptersNameStaysUnresolved) {
  Episode episode = MakeEpisode({{"Host", "Then Sam called."}});
  episode.title = "Sam Altman and Sam Bankman-Fried";
  EXPECT_EQ(Find(episode), Found{});
}

TEST_F(MentionFinderTest, ChapterTitlesGiveNoMentions) {
  Episode episode = MakeEpisode({{"Host", "Welcome."}});
  episode.chapters.push_back(Chapter{"Ilya Sutskever", 600, "Ilya on scaling", 3});
  EXPECT_EQ(Find(episode), Found{});
}

TEST_F(MentionFinderTest, MisheardSurnameWithRightFirstName) {
  EXPECT_EQ(Find("Ilya Sestover started SSI and Mark Chan runs research."),
            (Found{"Ilya Sestover=person:ilya-sutskever", "Mark Chan=person:mark-chen"}));
}

TEST_F(MentionFinderTest, MisheardFirstNameWithRightSurname) {
  EXPECT_EQ(Find("They hired Alexander Wang."), (Found{"Alexander Wang=person:alexandr-wang"}));
}

TEST_F(MentionFinderTest, NearMissOfAnEntityNamedElsewhere) {
  Episode episode = MakeEpisode({{"Host", "CoreWeave rents GPUs."},
                                 {"Guest", "I saw this Corrive fraud story."}});
  EXPECT_EQ(Find(episode), (Found{"CoreWeave=company:coreweave", "Corrive=company:coreweave"}));
}

TEST_F(MentionFinderTest, NearMissNeedsTheEntityInPlay) {
  EXPECT_EQ(Find("I saw this Corrive fraud story."), Found{});
}

TEST_F(MentionFinderTest, LowerCaseNameOfAnEntityInPlay) {
  Episode episode = MakeEpisode({{"Host", "Thinking Machines raised money."},
                                 {"Guest", "He tried to buy thinking machines."}});
  EXPECT_EQ(Find(episode), (Found{"Thinking Machines=company:thinking-machines-lab",
                                  "thinking machines=company:thinking-machines-lab"}));
}

TEST_F(MentionFinderTest, LowerCaseMatchOfACapitalisedNameAloneIsNotAMention) {
  EXPECT_EQ(Find("Most days we work from home."), Found{});
}

TEST_F(MentionFinderTest, LowerCaseMatchCountsWhereTheEpisodeWritesTheNameProperly) {
  Episode episode = MakeEpisode({{"Host", "NVIDIA sells the GPUs."},
                                 {"Guest", "And nvidia keeps winning."}});
  EXPECT_EQ(Find(episode), (Found{"NVIDIA=company:nvidia", "nvidia=company:nvidia"}));
}

TEST_F(MentionFinderTest, NameMarkedLowerSafeCountsInLowerCaseAlone) {
  EXPECT_EQ(Find("we pulled it from hugging face"), (Found{"hugging face=company:hugging-face"}));
}

TEST_F(MentionFinderTest, LowerCaseNameOfASpeakersOwnCompanyCounts) {
  Episode episode = MakeEpisode({{"Mark Chen", "At open ai we ship weekly."}});
  EXPECT_EQ(Find(episode), (Found{"open ai=company:openai"}));
}

TEST_F(MentionFinderTest, EpisodeWithoutCapitalsKeepsLowerCaseNames) {
  std::string text;
  for (int i = 0; i < 12; ++i) text += "we talked about the chips and the models at length ";
  text += "and nvidia came up";
  EXPECT_EQ(Find(text), (Found{"nvidia=company:nvidia"}));
}

TEST_F(MentionFinderTest, WordsThatSplitASingleWordNameAreNotIt) {
  Episode episode = MakeEpisode({{"Host", "Putin gave a speech."},
                                 {"Guest", "They put in a big order."}});
  EXPECT_EQ(Find(episode), (Found{"Putin=person:vladimir-putin"}));
}

TEST_F(MentionFinderTest, SingleLetterNameWithoutContextIsNothing) {
  EXPECT_EQ(Find("If I have X flops, I train in C."), Found{});
}

TEST_F(MentionFinderTest, OneLetterNameWithPlusesIsLongEnough) {
  EXPECT_EQ(Find("Then it calls into C++ code."), (Found{"C++=product:cpp"}));
}

TEST_F(MentionFinderTest, SingleLetterAliasCountsNearItsContext) {
  EXPECT_EQ(Find("Elon Musk posts on X all day."),
            (Found{"Elon Musk=person:elon-musk", "X=product:x"}));
}

TEST_F(MentionFinderTest, OldNameOfAProductIsThatProduct) {
  EXPECT_EQ(Find("I read it on Twitter."), (Found{"Twitter=product:x"}));
}

TEST_F(MentionFinderTest, LowerCaseWordInAListWithItsKind) {
  Episode episode = MakeEpisode({{"Host", "Scale AI is cooked."},
                                 {"Guest", "No slack between scale and OpenAI."}});
  EXPECT_EQ(Find(episode), (Found{"Scale AI=company:scale-ai", "scale=company:scale-ai",
                                  "OpenAI=company:openai"}));
}

TEST_F(MentionFinderTest, LowerCaseWordIsListedOnlyBesideTheNearestName) {
  // The list joins "scale" to Sam Altman, a person; the company named
  // earlier in the sentence is not beside it.
  Episode episode = MakeEpisode({{"Host", "Scale AI is cooked."},
                                 {"Guest", "OpenAI hired Sam Altman and scale."}});
  EXPECT_EQ(Find(episode), (Found{"Scale AI=company:scale-ai", "OpenAI=company:openai",
                                  "Sam Altman=person:sam-altman"}));
}

TEST_F(MentionFinderTest, ListGapOfManyCommasAndSpacesStillJoins) {
  Episode episode = MakeEpisode({{"Host", "Scale AI is cooked."},
                                 {"Guest", "OpenAI ,   ,    ,   and    scale both hire."}});
  EXPECT_EQ(Find(episode), (Found{"Scale AI=company:scale-ai", "OpenAI=company:openai",
                                  "scale=company:scale-ai"}));
}

TEST_F(MentionFinderTest, PatternFamilyFindsModelsNotInTheGazetteer) {
  EXPECT_EQ(Find("Grok 3.5 and Claude 4 and GPT5"),
            (Found{"Grok 3.5=model:grok-3-5", "Claude 4=model:claude-4", "GPT5=model:gpt-5"}));
}

TEST_F(MentionFinderTest, FamilyNameTheGazetteerKnowsIsThatEntity) {
  EXPECT_EQ(Find("What went wrong with GPT 4.5?"), (Found{"GPT 4.5=model:gpt-4-5"}));
}

TEST_F(MentionFinderTest, BareVersionAfterAGptMention) {
  EXPECT_EQ(Find("GPT5 is smarter than 4.0 and 4.1."),
            (Found{"GPT5=model:gpt-5", "4.0=model:gpt-4o", "4.1=model:gpt-4-1"}));
}

TEST_F(MentionFinderTest, BareVersionWithoutGptIsNothing) {
  EXPECT_EQ(Find("We scored 4.5 on the test."), Found{});
}

TEST_F(MentionFinderTest, ZeroThreeInAListOfModelsIsO3) {
  EXPECT_EQ(Find("They want GPT4.5 or 03 or Claude Opus."),
            (Found{"GPT4.5=model:gpt-4-5", "03=model:o3", "Claude Opus=model:claude-opus"}));
}

TEST_F(MentionFinderTest, CapitalOThreeNeedsAModelContext) {
  EXPECT_EQ(Find("Oxygen is O2."), Found{});
  EXPECT_EQ(Find("OpenAI made O3."), (Found{"OpenAI=company:openai", "O3=model:o3"}));
}

TEST_F(MentionFinderTest, CompanyCalledXIsDiscovered) {
  EpisodeEntities found =
      finder_->Find(MakeEpisode({{"Host", "They bought a startup called Vexel Dynamo."}}));
  ASSERT_EQ(found.mentions.size(), 1u);
  EXPECT_EQ(found.mentions[0].entity, "company:vexel-dynamo");
  EXPECT_TRUE(found.entities[0].discovered);
}

TEST_F(MentionFinderTest, CompanySuffixTypesAName) {
  EXPECT_EQ(Find("Then Quorvex Labs shipped."), (Found{"Quorvex Labs=company:quorvex-labs"}));
}

TEST_F(MentionFinderTest, GivenNameAndSurnameMakeAPerson) {
  EXPECT_EQ(Find("I spoke to Daniel Grossberg yesterday."),
            (Found{"Daniel Grossberg=person:daniel-grossberg"}));
}

TEST_F(MentionFinderTest, CapitalisedWordsWithoutContextAreNotEntities) {
  EXPECT_EQ(Find("They won the International Math Olympiad in Georgia."), Found{});
}

TEST_F(MentionFinderTest, ChaptersAreNotSpeech) {
  Episode episode = MakeEpisode({{"Host", "Hello."}});
  episode.chapters.push_back(Chapter{"OpenAI and Meta", 0, "NVIDIA and Apple", 1});
  EXPECT_EQ(Find(episode), Found{});
}

TEST(IsListGapTest, CommasAndConjunctions) {
  EXPECT_TRUE(IsListGap(", "));
  EXPECT_TRUE(IsListGap(" and "));
  EXPECT_TRUE(IsListGap(", or "));
  EXPECT_FALSE(IsListGap(" is better than "));
}

TEST(IsListGapTest, LongGapIsNotAList) {
  EXPECT_FALSE(IsListGap(" and then, after a long pause, we moved on to "));
}

TEST(IsListGapTest, RunsOfSpacesAndCommasAroundTheWordAreIgnored) {
  EXPECT_TRUE(IsListGap(std::string(200, ' ') + ", , AND" + std::string(200, ' ')));
}

TEST(SpokenNameStartsTest, FirstSpokenWordOfEachNameOfTwoOrMoreWords) {
  Gazetteer gazetteer;
  ASSERT_TRUE(ParseGazetteer(R"({"entities": [
    {"type": "company", "name": "OpenAI"},
    {"type": "company", "name": "Thinking Machines Lab", "aliases": ["Thinking Machines"]},
    {"type": "company", "name": "Meta"}]})", "g.json", &gazetteer).ok());
  StringSet starts = SpokenNameStarts(gazetteer);
  EXPECT_EQ(std::set<std::string>(starts.begin(), starts.end()),
            (std::set<std::string>{"open", "thinking"}));
}

}  // namespace
}  // namespace claimgraph
