#include "extract/claims/rule_prefilter.h"

#include <algorithm>

#include "base/text.h"

namespace claimgraph {
namespace {

// Atoms shorter than this are dropped by FilteredRE2 (the pattern part they
// stood for then counts as always present): one- and two-letter atoms are in
// nearly every clause and would only cost matching time.
constexpr int kMinAtomLength = 3;
static_assert(kMinAtomLength >= LiteralSet::kMinLength);

}  // namespace

RulePrefilter::RulePrefilter() : filter_(kMinAtomLength) {}
RulePrefilter::~RulePrefilter() = default;

bool RulePrefilter::Add(const std::string& pattern, const RE2::Options& options) {
  int id = 0;
  if (filter_.Add(pattern, options, &id) != RE2::NoError) return false;
  ++count_;
  return true;
}

bool RulePrefilter::Compile() {
  usable_ = false;
  if (count_ == 0) return false;
  std::vector<std::string> atoms;
  filter_.Compile(&atoms);
  // Atoms are lower case; Candidates lower-cases ASCII only, so an atom
  // with other letters might be missed in the text: do not filter then.
  for (const std::string& atom : atoms)
    if (std::any_of(atom.begin(), atom.end(),
                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
      return false;
  if (!atoms_.Build(atoms)) return false;
  usable_ = true;
  return true;
}

void RulePrefilter::Candidates(std::string_view text, Scratch* scratch,
                               std::vector<int>* out) const {
  out->clear();
  std::vector<int>& atoms = scratch->atoms;
  std::string& lower = scratch->lower;
  lower.assign(text);
  for (char& c : lower)
    c = ToAsciiLower(c);
  atoms_.Find(lower, &atoms);
  // Find gives the atoms ascending, so equal sets make equal keys.
  std::string& key = scratch->key;
  key.assign(reinterpret_cast<const char*>(atoms.data()), atoms.size() * sizeof(int));
  {
    std::lock_guard<std::mutex> lock(remembered_mutex_);
    auto it = remembered_.find(std::string_view(key));
    if (it != remembered_.end()) {
      *out = it->second;
      return;
    }
  }
  filter_.AllPotentials(atoms, out);
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  std::lock_guard<std::mutex> lock(remembered_mutex_);
  if (remembered_.size() < kMaxRemembered) remembered_.emplace(key, *out);
}

}  // namespace claimgraph
