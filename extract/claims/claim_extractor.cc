#include "extract/claims/claim_extractor.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "base/text.h"
#include "extract/claims/discourse_context.h"
#include "extract/claims/masked_text.h"
#include "extract/claims/modality.h"
#include "extract/claims/relations.h"
#include "extract/claims/sentence_splitter.h"
#include "extract/transcript/speaker_id.h"

namespace claimgraph {
namespace {

constexpr TypeMask kActorTypes =
    TypeBit(EntityType::kPerson) | TypeBit(EntityType::kCompany);
// A slot preceded by at most this many words opens its clause.
constexpr int kSubjectWords = 3;
// A sentence that names nothing lends its report to its neighbours only when
// it is short ("These are rumors.").
constexpr int kLendingWords = 10;
// What stands between two entities of one list: "Oracle, Amazon and Crusoe".
constexpr std::string_view kListJoints[] = {" and ", ", ", ", and ", " or ",
                                            ", or ", " & ", " and also ", ", as well as "};
// How far back "it" may look, in sentences.
constexpr int kItLookback = 2;


// Where the possessive ending of a mention begins ("OpenAI's", "OpenAI’s",
// "Microsoft'"), or `end` when it has none: the ending stays in the masked
// text after the placeholder, where rules look for it.
size_t PossessiveStart(std::string_view text, size_t begin, size_t end) {
  std::string_view said = text.substr(begin, end - begin);
  if (said.size() > 2 && said.ends_with("'s")) return end - 2;
  if (said.size() > 4 && said.ends_with("\xE2\x80\x99s")) return end - 4;
  return end;
}

// True when `text` holds a word LookupPronoun knows.
bool HasPronoun(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiLetter(text[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && IsAsciiLetter(text[end])) ++end;
    if (end - i <= 5) {
      char lower[5];
      for (size_t k = i; k < end; ++k) lower[k - i] = static_cast<char>(text[k] | 0x20);
      if (LookupPronoun(std::string_view(lower, end - i))) return true;
    }
    i = end;
  }
  return false;
}

int CountWords(std::string_view masked) {
  int words = 0;
  bool in_word = false;
  for (char c : masked) {
    if (c != ' ' && !in_word) ++words;
    in_word = c != ' ';
  }
  return words;
}

struct Found {
  const RelationInfo* relation;
  const std::string* subject;
  const std::string* object;
  size_t begin, end;  // the match, in the masked clause
  int rule;           // index into RuleSet::relation_rules()
};

// The working state of one Extract call: the episode's speakers, the
// discourse so far, and buffers reused from clause to clause.
class EpisodeRun {
 public:
  EpisodeRun(const RuleSet& rules, const ClaimExtractorOptions& options,
             AnalyzedEpisode* analyzed, const EntityDirectory& directory,
             DiagnosticSink* sink)
      : rules_(rules),
        options_(options),
        analyzed_(*analyzed),
        directory_(directory),
        sink_(sink),
        context_(options.lookback_sentences) {}

  void Run();

 private:
  void PrepareSpeakers();
  void DoSentence(int segment, TextSpan sentence);
  void FindCues(TextSpan sentence);
  bool DoClause(int segment, TextSpan sentence, TextSpan clause, bool question);
  void AppendSpoken(std::string_view text, size_t from, size_t to);
  Reference ResolvePronoun(const PronounInfo& pronoun, size_t position,
                           SlotSource* source);
  void AddSlot(const std::string& id, size_t begin, size_t end, SlotSource source,
               bool nominative = false);
  void Collect(size_t begin, size_t end, bool objects,
               std::vector<const std::string*>* ids) const;
  void FindRelations();
  void Keep(const RelationMatch& match, const std::string* subject,
            const std::string* object);
  bool Known(const std::string& id) const;
  bool IsSpeaker(const std::string& id) const;
  void EmitClaims(int segment, std::string_view text, TextSpan sentence,
                  TextSpan clause, bool question);
  void Lend(Modality modality, size_t from, size_t to);

  const RuleSet& rules_;
  const ClaimExtractorOptions& options_;
  AnalyzedEpisode& analyzed_;
  const EntityDirectory& directory_;
  DiagnosticSink* sink_;
  DiscourseContext context_;
  bool segment_cut_ = false;  // a sentence of this segment hit the bound

  // Speakers: display name -> id, and the organisation "we" means.
  std::unordered_map<std::string, std::string> speaker_ids_;
  std::unordered_map<std::string, const std::string*> speaker_orgs_;
  std::vector<const std::string*> distinct_speakers_;
  const std::string* speaker_ = nullptr;       // of the current segment
  const std::string* speaker_org_ = nullptr;   // the gazetteer's org of it
  const std::string* other_speaker_ = nullptr; // "you", in a two-person talk
  const std::string* turn_org_ = nullptr;      // "at X we", said this turn
  bool generic_you_ = false;  // the speaker said a generic "you" this turn

  // The current segment's mentions, [mention_begin_, mention_end_), and the
  // current sentence's.
  size_t mention_begin_ = 0, mention_end_ = 0;
  size_t sentence_mention_begin_ = 0, sentence_mention_end_ = 0;

  // Per sentence.
  std::vector<CueSpan> cues_;
  size_t quote_from_ = 0;  // words from here on are someone else's
  size_t they_people_from_ = 0;  // "they" from here on means people
  std::optional<Modality> carried_;   // lent by the sentence before
  size_t previous_first_claim_ = 0;   // the claims of the sentence before

  // Buffers.
  MaskedText plain_;   // the sentence, entities masked, pronouns as said
  MaskedText masked_;  // a clause, pronouns resolved too
  RuleScratch scratch_;
  ClauseSplitter clause_splitter_;
  std::vector<CueMatch> cue_matches_;
  std::vector<RelationMatch> matches_;
  std::vector<Found> found_;
  std::vector<const std::string*> subjects_, objects_;

  std::unordered_set<std::string_view> listed_;  // ids in analyzed_.entities
  std::vector<std::string> wanted_;               // ids to add to entities
};

void EpisodeRun::Run() {
  analyzed_.claims.clear();
  for (const Entity& entity : analyzed_.entities) listed_.insert(entity.id);
  PrepareSpeakers();
  const std::vector<Segment>& segments = analyzed_.episode.segments;
  const std::vector<Mention>& mentions = analyzed_.mentions;
  size_t next_mention = 0;
  for (size_t s = 0; s < segments.size(); ++s) {
    const Segment& segment = segments[s];
    const std::string& id = speaker_ids_.at(segment.speaker);
    if (s == 0 || segments[s - 1].speaker != segment.speaker) {
      context_.StartTurn();
      turn_org_ = nullptr;
      generic_you_ = false;
    }
    speaker_ = &id;
    speaker_org_ = speaker_orgs_[segment.speaker];
    other_speaker_ = nullptr;
    if (distinct_speakers_.size() == 2)
      other_speaker_ = distinct_speakers_[0] == speaker_ ? distinct_speakers_[1]
                                                         : distinct_speakers_[0];
    while (next_mention < mentions.size() &&
           mentions[next_mention].segment < static_cast<int>(s))
      ++next_mention;
    mention_begin_ = next_mention;
    while (next_mention < mentions.size() &&
           mentions[next_mention].segment == static_cast<int>(s))
      ++next_mention;
    mention_end_ = next_mention;
    carried_.reset();
    previous_first_claim_ = analyzed_.claims.size();
    segment_cut_ = false;
    for (TextSpan sentence : SplitSentences(segment.text))
      DoSentence(static_cast<int>(s), sentence);
    if (segment_cut_ && sink_) {
      constexpr size_t kMax = ClaimExtractor::kMaxEntitiesPerSentence;
      sink_->Warn(analyzed_.episode.source, segment.line,
                  "a sentence names more than " + std::to_string(kMax) +
                      " entities; only its first " + std::to_string(kMax) +
                      " are read for claims");
    }
  }
  // Entities the claims name beyond the mentioned ones (makers, "we").
  std::vector<Entity> added;
  for (const std::string& id : wanted_) {
    if (const Entity* entity = directory_.Find(id)) added.push_back(*entity);
  }
  for (Entity& entity : added) analyzed_.entities.push_back(std::move(entity));
}

void EpisodeRun::PrepareSpeakers() {
  auto add = [&](const std::string& name) {
    auto [it, inserted] = speaker_ids_.emplace(name, SpeakerId(name));
    if (!inserted) return;
    distinct_speakers_.push_back(&it->second);
    const Entity* entity = directory_.Find(it->second);
    speaker_orgs_[name] =
        entity && !entity->org.empty() ? &entity->org : nullptr;
  };
  for (const std::string& name : analyzed_.episode.speakers) add(name);
  for (const Segment& segment : analyzed_.episode.segments) add(segment.speaker);
}

void EpisodeRun::FindCues(TextSpan sentence) {
  cues_.clear();
  cue_matches_.clear();
  quote_from_ = sentence.end;
  they_people_from_ = sentence.end;
  rules_.MatchCues(plain_.text(), &scratch_, &cue_matches_);
  const std::vector<MaskedSlot>& slots = plain_.slots();
  for (const CueMatch& match : cue_matches_) {
    // A cue word inside an entity's id ("<company:not-boring>") is no cue.
    bool inside = std::any_of(slots.begin(), slots.end(), [&](const MaskedSlot& slot) {
      return match.begin > slot.masked_begin && match.begin < slot.masked_end;
    });
    if (inside) continue;
    TextSpan said = plain_.Original(match.begin, match.end);
    cues_.push_back({match.kind, said.begin, said.end});
    if (match.kind == CueKind::kQuote) quote_from_ = std::min(quote_from_, said.end);
    if (match.kind == CueKind::kTheyPeople)
      they_people_from_ = std::min(they_people_from_, said.end);
    if (match.kind == CueKind::kGenericYou) generic_you_ = true;
    if (match.kind == CueKind::kWeOrg && match.group_end > match.group_begin) {
      for (const MaskedSlot& slot : slots) {
        if (slot.masked_begin >= match.group_begin && slot.masked_end <= match.group_end) {
          turn_org_ = slot.entity;
          break;
        }
      }
    }
  }
}

void EpisodeRun::DoSentence(int segment, TextSpan sentence) {
  const std::string& text = analyzed_.episode.segments[segment].text;
  const std::vector<Mention>& mentions = analyzed_.mentions;
  context_.StartSentence();
  // The sentence's mentions, by binary search: a long segment stays linear.
  auto by_begin = [](const Mention& m, size_t pos) { return m.begin < pos; };
  sentence_mention_begin_ = static_cast<size_t>(
      std::lower_bound(mentions.begin() + mention_begin_, mentions.begin() + mention_end_,
                       sentence.begin, by_begin) -
      mentions.begin());
  sentence_mention_end_ = static_cast<size_t>(
      std::lower_bound(mentions.begin() + sentence_mention_begin_,
                       mentions.begin() + mention_end_, sentence.end, by_begin) -
      mentions.begin());
  if (sentence_mention_end_ - sentence_mention_begin_ >
      ClaimExtractor::kMaxEntitiesPerSentence) {
    sentence_mention_end_ =
        sentence_mention_begin_ + ClaimExtractor::kMaxEntitiesPerSentence;
    segment_cut_ = true;
  }
  std::string_view said(text.data() + sentence.begin, sentence.size());
  // A long sentence that names no one and has no pronoun can make no claim
  // and lend nothing: skip it.
  if (sentence_mention_begin_ == sentence_mention_end_ && !said.ends_with('?') &&
      !HasPronoun(said) && CountWords(said) > kLendingWords) {
    carried_.reset();
    previous_first_claim_ = analyzed_.claims.size();
    return;
  }
  plain_.Clear();
  size_t pos = sentence.begin;
  for (size_t m = sentence_mention_begin_; m < sentence_mention_end_; ++m) {
    const Mention& mention = mentions[m];
    if (mention.begin < pos || mention.end > sentence.end) continue;
    plain_.AppendText(text, pos, mention.begin);
    size_t owner = PossessiveStart(text, mention.begin, mention.end);
    plain_.AppendPlaceholder(mention.entity, mention.begin, owner,
                             SlotSource::kMention);
    plain_.AppendText(text, owner, mention.end);
    pos = mention.end;
  }
  plain_.AppendText(text, pos, sentence.end);
  FindCues(sentence);

  bool question = IsQuestion(said, sentence, cues_);
  if (question) context_.MarkQuestion();

  size_t first_claim = analyzed_.claims.size();
  bool named = false;
  for (TextSpan clause : clause_splitter_.Split(text, sentence))
    named = DoClause(segment, sentence, clause, question) || named;

  // A short sentence that names nothing but reports ("These are rumors.")
  // lends that to the sentence before and the one after. (Hedges do not:
  // "it seems" after a claim is more often about the talk than the claim.)
  std::optional<Modality> lend;
  if (!named && !question && CountWords(plain_.text()) <= kLendingWords) {
    for (const CueSpan& cue : cues_)
      if (cue.kind == CueKind::kReported) lend = Modality::kReported;
  }
  if (lend) {
    Lend(*lend, previous_first_claim_, first_claim);
    carried_ = lend;
  } else {
    carried_.reset();
  }
  previous_first_claim_ = first_claim;
}

void EpisodeRun::Lend(Modality modality, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    Claim& claim = analyzed_.claims[i];
    if (claim.modality != Modality::kQuestion)
      claim.modality = StrongerModality(claim.modality, modality);
  }
}

bool EpisodeRun::DoClause(int segment, TextSpan sentence, TextSpan clause,
                          bool question) {
  const std::string& text = analyzed_.episode.segments[segment].text;
  const std::vector<Mention>& mentions = analyzed_.mentions;
  context_.StartClause();
  masked_.Clear();
  size_t pos = clause.begin;
  for (size_t m = sentence_mention_begin_; m < sentence_mention_end_; ++m) {
    const Mention& mention = mentions[m];
    if (mention.begin < pos || mention.end > clause.end) continue;
    AppendSpoken(text, pos, mention.begin);
    size_t owner = PossessiveStart(text, mention.begin, mention.end);
    AddSlot(mention.entity, mention.begin, owner, SlotSource::kMention);
    masked_.AppendText(text, owner, mention.end);
    pos = mention.end;
  }
  AppendSpoken(text, pos, clause.end);
  // "Meta, you know, ...": a name set off by a comma is a topic, not the
  // subject.
  const std::vector<MaskedSlot>& slots = masked_.slots();
  if (!slots.empty() && masked_.text().compare(slots[0].masked_end, 1, ",") == 0)
    context_.NoSubjectInClause();

  bool named = false;
  for (const MaskedSlot& slot : masked_.slots())
    if (slot.source != SlotSource::kSpeaker) named = true;
  if (masked_.slots().empty()) return false;
  FindRelations();
  EmitClaims(segment, text, sentence, clause, question);
  return named;
}

// Appends text[from, to) to the masked clause, turning each pronoun that
// resolves into a placeholder.
void EpisodeRun::AppendSpoken(std::string_view text, size_t from, size_t to) {
  size_t run = from;
  size_t i = from;
  while (i < to) {
    bool starts = IsAsciiLetter(text[i]) &&
                  (i == 0 || (!IsAsciiLetter(text[i - 1]) && text[i - 1] != '\''));
    if (!starts) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < to && IsAsciiLetter(text[end])) ++end;
    size_t length = end - i;
    // "US", "IT": capitals are names, not pronouns ("I" excepted).
    bool capitals = length >= 2 && IsAsciiUpper(text[i]) && IsAsciiUpper(text[i + 1]);
    if (length <= 5 && !capitals) {
      char lower[5];
      for (size_t k = 0; k < length; ++k)
        lower[k] = static_cast<char>(text[i + k] | 0x20);
      std::optional<PronounInfo> pronoun =
          LookupPronoun(std::string_view(lower, length));
      if (pronoun && masked_.slots().size() >= ClaimExtractor::kMaxEntitiesPerSentence) {
        // The clause is full: the pronoun stays a word.
        segment_cut_ = true;
      } else if (pronoun) {
        SlotSource source = SlotSource::kPronoun;
        Reference reference = ResolvePronoun(*pronoun, i, &source);
        if (reference.count > 1 && pronoun->possessive) reference = Reference();
        if (!reference.empty()) {
          masked_.AppendText(text, run, i);
          bool nominative = !pronoun->object && !pronoun->possessive &&
                            pronoun->kind != PronounKind::kIt &&
                            pronoun->kind != PronounKind::kYou;
          for (int k = 0; k < reference.count; ++k) {
            // "them" for "Oracle and Amazon" reads "<oracle> and <amazon>".
            if (k > 0) masked_.AppendText(" and ", 0, 5);
            AddSlot(*reference.ids[k], i, end, source, nominative);
          }
          if (pronoun->possessive) masked_.AppendText("'s", 0, 2);
          run = end;
        }
      }
    }
    i = end;
  }
  masked_.AppendText(text, run, to);
}

Reference EpisodeRun::ResolvePronoun(const PronounInfo& pronoun, size_t position,
                                     SlotSource* source) {
  Reference reference;
  for (const CueSpan& cue : cues_) {
    bool inside = position >= cue.begin && position < cue.end;
    if (inside && (cue.kind == CueKind::kFiller || cue.kind == CueKind::kGenericYou))
      return reference;
  }
  bool quoted = position >= quote_from_;
  switch (pronoun.kind) {
    case PronounKind::kI:
      if (quoted) return reference;
      *source = SlotSource::kSpeaker;
      reference.Add(speaker_);
      return reference;
    case PronounKind::kWe:
      if (quoted) return reference;
      *source = SlotSource::kSpeaker;
      if (const std::string* org = turn_org_ ? turn_org_ : speaker_org_) {
        reference.Add(org);
      } else {
        reference.Add(speaker_);
      }
      return reference;
    case PronounKind::kYou:
      if (quoted || !other_speaker_ || generic_you_) return reference;
      *source = SlotSource::kSpeaker;
      reference.Add(other_speaker_);
      return reference;
    default: {
      if (pronoun.kind == PronounKind::kThey && position >= they_people_from_)
        return reference;
      const std::string* exclude =
          pronoun.kind == PronounKind::kHe || pronoun.kind == PronounKind::kShe
              ? speaker_
              : nullptr;
      // "it" stands for so many things that only a model or product named
      // in this sentence or the ones just before counts.
      int lookback = pronoun.kind == PronounKind::kIt ? kItLookback : -1;
      return context_.Resolve(PronounTypes(pronoun.kind),
                              PronounGroupTypes(pronoun.kind), !pronoun.object,
                              exclude, lookback);
    }
  }
}

void EpisodeRun::AddSlot(const std::string& id, size_t begin, size_t end,
                         SlotSource source, bool nominative) {
  bool subject_position = masked_.slots().empty() &&
                          CountWords(masked_.text()) <= kSubjectWords;
  bool joins_previous = false;
  if (!masked_.slots().empty()) {
    std::string_view gap =
        std::string_view(masked_.text()).substr(masked_.slots().back().masked_end);
    for (std::string_view joint : kListJoints) joins_previous = joins_previous || gap == joint;
  }
  masked_.AppendPlaceholder(id, begin, end, source, nominative);
  if (source == SlotSource::kSpeaker) return;
  if (std::optional<EntityType> type = TypeOfId(id))
    context_.Add(&id, *type, subject_position, source == SlotSource::kPronoun,
                 joins_previous);
}

// The ids of the placeholders inside masked_[begin, end); as `objects`,
// without pronouns that can only be subjects.
void EpisodeRun::Collect(size_t begin, size_t end, bool objects,
                         std::vector<const std::string*>* ids) const {
  ids->clear();
  for (const MaskedSlot& slot : masked_.slots()) {
    if (slot.masked_begin >= begin && slot.masked_end <= end &&
        !(objects && slot.nominative))
      ids->push_back(slot.entity);
  }
}

bool EpisodeRun::IsSpeaker(const std::string& id) const {
  for (const std::string* speaker : distinct_speakers_)
    if (*speaker == id) return true;
  return false;
}

bool EpisodeRun::Known(const std::string& id) const {
  if (listed_.count(id) || directory_.Find(id)) return true;
  for (const std::string* speaker : distinct_speakers_)
    if (*speaker == id) return true;
  return false;
}

void EpisodeRun::Keep(const RelationMatch& match, const std::string* subject,
                      const std::string* object) {
  const RelationInfo* relation = rules_.relation_rules()[match.rule].relation;
  size_t begin = match.begin, end = match.end;
  if (!subject || !object || *subject == *object) return;
  std::optional<EntityType> subject_type = TypeOfId(*subject);
  std::optional<EntityType> object_type = TypeOfId(*object);
  if (!subject_type || !object_type ||
      !relation->Accepts(*subject_type, *object_type))
    return;
  if (!Known(*subject) || !Known(*object)) return;
  // Host and guest in a relation are the conversation talking about itself
  // ("you're competing with me"), not news.
  if (IsSpeaker(*subject) && IsSpeaker(*object)) return;
  // One relation per pair of entities and clause: the rule that read more of
  // the clause is the more specific one ("tried to buy" over "buy").
  for (Found& found : found_) {
    bool same = (*found.subject == *subject && *found.object == *object) ||
                (*found.subject == *object && *found.object == *subject);
    if (!same) continue;
    if (end - begin > found.end - found.begin)
      found = {relation, subject, object, begin, end, match.rule};
    return;
  }
  found_.push_back({relation, subject, object, begin, end, match.rule});
}

void EpisodeRun::FindRelations() {
  found_.clear();
  matches_.clear();
  bool single = masked_.slots().size() < 2;
  rules_.MatchRelations(masked_.text(), single, &scratch_, &matches_);
  const std::vector<RelationRule>& rules = rules_.relation_rules();
  for (const RelationMatch& match : matches_) {
    const RelationRule& rule = rules[match.rule];
    bool pairs = rule.subject_source == SubjectSource::kGroup &&
                 rule.subject_group == rule.object_group;
    // Only the first group said can be a pronoun like "they": later ones
    // follow a verb or "than" ("slower than they needed").
    bool object_first = rule.subject_source != SubjectSource::kGroup ||
                        match.object_begin < match.subject_begin;
    Collect(match.object_begin, match.object_end, !pairs && !object_first, &objects_);
    // "buy our stuff", "for Alex and his team": an entity the match ends on
    // that owns the next word is not the object, its possession is.
    if (match.object_end == match.end && !objects_.empty() &&
        std::string_view(masked_.text()).substr(match.end).starts_with("'s"))
      objects_.pop_back();
    if (pairs) {
      // "X and Y partnered": every pair, in the order said.
      for (size_t a = 0; a < objects_.size(); ++a)
        for (size_t b = a + 1; b < objects_.size(); ++b)
          Keep(match, objects_[a], objects_[b]);
      continue;
    }
    for (const std::string* object : objects_) {
      if (rule.subject_source == SubjectSource::kGroup) {
        Collect(match.subject_begin, match.subject_end, object_first, &subjects_);
        for (const std::string* subject : subjects_)
          Keep(match, subject, object);
      } else if (rule.subject_source == SubjectSource::kMaker) {
        const Entity* entity = directory_.Find(*object);
        if (entity && !entity->maker.empty())
          Keep(match, &entity->maker, object);
      } else {
        Keep(match,
             context_.ResolveElided(rule.relation->subject & kActorTypes, object),
             object);
      }
    }
  }
}

void EpisodeRun::EmitClaims(int segment, std::string_view text, TextSpan sentence,
                            TextSpan clause, bool question) {
  auto base = [&]() {
    Claim claim;
    claim.segment = segment;
    claim.begin = clause.begin;
    claim.end = clause.end;
    claim.text = std::string(text.substr(clause.begin, clause.size()));
    return claim;
  };
  auto add_about = [&](Claim& claim, const std::string& id, Role role) {
    for (const ClaimEntity& about : claim.about)
      if (about.entity == id) return;
    claim.about.push_back({id, role});
    if (!listed_.count(id)) {
      if (std::find(wanted_.begin(), wanted_.end(), id) == wanted_.end())
        wanted_.push_back(id);
    }
  };
  auto add_mentions = [&](Claim& claim) {
    for (const MaskedSlot& slot : masked_.slots())
      if (slot.source != SlotSource::kSpeaker) add_about(claim, *slot.entity, Role::kMention);
  };
  // A "none" rule that won its pair blocks it ("buying them back").
  found_.erase(std::remove_if(found_.begin(), found_.end(),
                              [](const Found& f) { return f.relation->name == "none"; }),
               found_.end());
  if (!found_.empty()) {
    for (const Found& found : found_) {
      Claim claim = base();
      TextSpan words = masked_.Original(found.begin, found.end);
      claim.relation = std::string(found.relation->name);
      claim.subject = *found.subject;
      claim.object = *found.object;
      claim.modality = DecideModality(cues_, sentence, words, question, carried_);
      claim.negated = DecideNegation(cues_, sentence, words);
      const RelationRule& rule = rules_.relation_rules()[found.rule];
      claim.rule = rule.file + ":" + std::to_string(rule.line);
      claim.masked = masked_.text();
      add_about(claim, claim.subject, Role::kSubject);
      add_about(claim, claim.object, Role::kObject);
      add_mentions(claim);
      analyzed_.claims.push_back(std::move(claim));
    }
    return;
  }
  bool named = std::any_of(masked_.slots().begin(), masked_.slots().end(),
                           [](const MaskedSlot& slot) {
                             return slot.source != SlotSource::kSpeaker;
                           });
  if (!named || CountWords(masked_.text()) < options_.min_claim_words) return;
  Claim claim = base();
  claim.modality = DecideModality(cues_, sentence, clause, question, carried_);
  claim.negated = DecideNegation(cues_, sentence, clause);
  claim.masked = masked_.text();
  add_mentions(claim);
  analyzed_.claims.push_back(std::move(claim));
}

}  // namespace

ClaimExtractor::ClaimExtractor(const RuleSet& rules, ClaimExtractorOptions options)
    : rules_(rules), options_(options) {}

void ClaimExtractor::Extract(AnalyzedEpisode* analyzed,
                             const EntityDirectory& directory,
                             DiagnosticSink* sink) const {
  EpisodeRun run(rules_, options_, analyzed, directory, sink);
  run.Run();
}

}  // namespace claimgraph
