#include "tests/report/fixture_graph.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>
#include <tuple>

#include "base/text.h"

namespace claimgraph {
namespace {

Entity Make(EntityType type, const std::string& name,
            std::vector<std::string> aliases = {}) {
  Entity e;
  e.type = type;
  e.name = name;
  e.id = MakeId(EntityTypeName(type), name);
  for (std::string& alias : aliases) e.aliases.push_back(Alias{std::move(alias)});
  return e;
}

// Builds one AnalyzedEpisode; offsets are found in the text, so the fixture
// reads like the transcript it stands for.
class EpisodeMaker {
 public:
  EpisodeMaker(const std::string& stem, const std::string& title,
               const std::string& date) {
    a_.episode.id = "episode:" + stem;
    a_.episode.title = title;
    a_.episode.date = date;
    a_.episode.source = stem + ".txt";
    a_.episode.layout = "timestamped-speaker-lines";
  }

  int Turn(const std::string& speaker, long long seconds, const std::string& text) {
    if (std::find(a_.episode.speakers.begin(), a_.episode.speakers.end(), speaker) ==
        a_.episode.speakers.end())
      a_.episode.speakers.push_back(speaker);
    line_ += 3;
    a_.episode.segments.push_back(Segment{speaker, seconds, line_, text, false});
    return static_cast<int>(a_.episode.segments.size()) - 1;
  }

  // Mentions `surface` (its n-th occurrence in the segment) as `entity`.
  void Mention(int segment, const std::string& surface, const Entity& entity,
               int nth = 0) {
    const std::string& text = a_.episode.segments[segment].text;
    size_t at = text.find(surface);
    for (int i = 0; i < nth && at != std::string::npos; ++i) at = text.find(surface, at + 1);
    if (at == std::string::npos) {
      std::cerr << "fixture: \"" << surface << "\" is not in segment " << segment << "\n";
      std::abort();
    }
    a_.mentions.push_back(
        claimgraph::Mention{entity.id, surface, segment, at, at + surface.size()});
    AddEntity(entity);
  }

  void Claim(int segment, const std::string& sentence, const std::string& relation,
             const Entity* subject, const Entity* object, Modality modality,
             bool negated, std::vector<const Entity*> mentioned = {}) {
    const std::string& text = a_.episode.segments[segment].text;
    size_t at = text.find(sentence);
    if (at == std::string::npos) {
      std::cerr << "fixture: sentence not in segment " << segment << "\n";
      std::abort();
    }
    claimgraph::Claim claim;
    claim.segment = segment;
    claim.begin = at;
    claim.end = at + sentence.size();
    claim.text = sentence;
    claim.relation = relation;
    if (subject) claim.about.push_back({subject->id, Role::kSubject});
    if (object) claim.about.push_back({object->id, Role::kObject});
    for (const Entity* e : mentioned) claim.about.push_back({e->id, Role::kMention});
    if (!relation.empty()) {
      claim.subject = subject->id;
      claim.object = object->id;
    }
    claim.modality = modality;
    claim.negated = negated;
    a_.claims.push_back(std::move(claim));
  }

  AnalyzedEpisode Done() {
    // Mentions and claims by segment, then by begin, as the contract says.
    std::stable_sort(a_.mentions.begin(), a_.mentions.end(), [](const auto& x, const auto& y) {
      return std::tie(x.segment, x.begin) < std::tie(y.segment, y.begin);
    });
    std::stable_sort(a_.claims.begin(), a_.claims.end(), [](const auto& x, const auto& y) {
      return std::tie(x.segment, x.begin) < std::tie(y.segment, y.begin);
    });
    return a_;
  }

 private:
  void AddEntity(const Entity& entity) {
    for (const Entity& e : a_.entities)
      if (e.id == entity.id) return;
    a_.entities.push_back(entity);
  }

  AnalyzedEpisode a_;
  int line_ = 6;
};

}  // namespace

std::vector<AnalyzedEpisode> FixtureEpisodes() {
  const Entity meta = Make(EntityType::kCompany, "Meta", {"Facebook"});
  const Entity scale = Make(EntityType::kCompany, "Scale AI", {"Scale"});
  const Entity zuck = Make(EntityType::kPerson, "Mark Zuckerberg", {"Zuck", "Zuckerberg"});
  const Entity ssi = Make(EntityType::kCompany, "SSI", {"Safe Superintelligence"});
  const Entity apple = Make(EntityType::kCompany, "Apple");
  const Entity nvidia = Make(EntityType::kCompany, "NVIDIA", {"Nvidia"});
  const Entity openai = Make(EntityType::kCompany, "OpenAI", {"Open AI"});
  const Entity gpt45 = Make(EntityType::kModel, "GPT-4.5", {"GPT4.5"});
  const Entity claude = Make(EntityType::kModel, "Claude");
  const Entity chatgpt = Make(EntityType::kProduct, "ChatGPT");
  const Entity dylan = Make(EntityType::kPerson, "Dylan Patel");

  std::vector<AnalyzedEpisode> out;
  {
    EpisodeMaker ep("2025-06-30-fixture-a", "Poaching, chips and GPT-4.5", "2025-06-30");
    int s0 = ep.Turn("Matthew Berman", 0, "What happened with Meta and Scale AI? And what is Zuck doing?");
    ep.Mention(s0, "Meta", meta);
    ep.Mention(s0, "Scale AI", scale);
    ep.Mention(s0, "Zuck", zuck);
    int s1 = ep.Turn("Dylan Patel", 18,
                     "Meta acquired Scale AI for the people. Zuck tried to buy SSI before that, "
                     "I've heard. Meta wants superintelligence.");
    ep.Mention(s1, "Meta", meta);
    ep.Mention(s1, "Scale AI", scale);
    ep.Mention(s1, "Zuck", zuck);
    ep.Mention(s1, "SSI", ssi);
    ep.Mention(s1, "Meta", meta, 1);
    ep.Claim(s1, "Meta acquired Scale AI for the people.", "acquired", &meta, &scale,
             Modality::kAsserted, false);
    ep.Claim(s1, "Zuck tried to buy SSI before that, I've heard.", "tried_to_acquire",
             &zuck, &ssi, Modality::kReported, false);
    int s2 = ep.Turn("Matthew Berman", 95, "What about Apple and NVIDIA?");
    ep.Mention(s2, "Apple", apple);
    ep.Mention(s2, "NVIDIA", nvidia);
    int s3 = ep.Turn("Dylan Patel", 101,
                     "Apple doesn't really buy much NVIDIA hardware. They hate NVIDIA.");
    ep.Mention(s3, "Apple", apple);
    ep.Mention(s3, "NVIDIA", nvidia);
    ep.Mention(s3, "NVIDIA", nvidia, 1);
    ep.Claim(s3, "Apple doesn't really buy much NVIDIA hardware.", "uses", &apple, &nvidia,
             Modality::kAsserted, true);
    int s4 = ep.Turn("Matthew Berman", 240,
                     "Is GPT4.5 any good? I use ChatGPT from OpenAI every day.");
    ep.Mention(s4, "GPT4.5", gpt45);
    ep.Mention(s4, "ChatGPT", chatgpt);
    ep.Mention(s4, "OpenAI", openai);
    int s5 = ep.Turn("Dylan Patel", 262,
                     "I think Claude is better than GPT4.5 for code. GPT4.5 is too slow. "
                     "Someone typed </script><!-- into ChatGPT\u2028and it broke.");
    ep.Mention(s5, "Claude", claude);
    ep.Mention(s5, "GPT4.5", gpt45);
    ep.Mention(s5, "GPT4.5", gpt45, 1);
    ep.Mention(s5, "ChatGPT", chatgpt);
    ep.Claim(s5, "I think Claude is better than GPT4.5 for code.", "outperforms", &claude,
             &gpt45, Modality::kHedged, false);
    ep.Claim(s5, "GPT4.5 is too slow.", "", nullptr, nullptr, Modality::kAsserted, false,
             {&gpt45});
    out.push_back(ep.Done());
  }
  {
    EpisodeMaker ep("2025-07-14-fixture-b", "Chips and models", "2025-07-14");
    int s0 = ep.Turn("Lex Fridman", 0, "Dylan Patel says Meta bought Scale AI. Is that right?");
    ep.Mention(s0, "Dylan Patel", dylan);
    ep.Mention(s0, "Meta", meta);
    ep.Mention(s0, "Scale AI", scale);
    int s1 = ep.Turn("Nathan Lambert", 12,
                     "Yes, Meta acquired Scale AI. Apple uses NVIDIA in its data centers now.");
    ep.Mention(s1, "Meta", meta);
    ep.Mention(s1, "Scale AI", scale);
    ep.Mention(s1, "Apple", apple);
    ep.Mention(s1, "NVIDIA", nvidia);
    ep.Claim(s1, "Yes, Meta acquired Scale AI.", "acquired", &meta, &scale,
             Modality::kAsserted, false);
    ep.Claim(s1, "Apple uses NVIDIA in its data centers now.", "uses", &apple, &nvidia,
             Modality::kAsserted, false);
    int s2 = ep.Turn("Lex Fridman", 75, "And the models? Claude or GPT-4.5?");
    ep.Mention(s2, "Claude", claude);
    ep.Mention(s2, "GPT-4.5", gpt45);
    int s3 = ep.Turn("Nathan Lambert", 80,
                     "GPT-4.5 beats Claude on writing. OpenAI trained it on a lot of compute.");
    ep.Mention(s3, "GPT-4.5", gpt45);
    ep.Mention(s3, "Claude", claude);
    ep.Mention(s3, "OpenAI", openai);
    ep.Claim(s3, "GPT-4.5 beats Claude on writing.", "outperforms", &gpt45, &claude,
             Modality::kAsserted, false);
    ep.Claim(s3, "OpenAI trained it on a lot of compute.", "trained", &openai, &gpt45,
             Modality::kAsserted, false);
    out.push_back(ep.Done());
  }
  return out;
}

KnowledgeGraph FixtureGraph() {
  KnowledgeGraph graph;
  for (const AnalyzedEpisode& episode : FixtureEpisodes()) {
    Status s = graph.AddEpisode(episode);
    if (!s.ok()) {
      std::cerr << "fixture: " << s.ToString() << "\n";
      std::abort();
    }
  }
  return graph;
}

}  // namespace claimgraph
