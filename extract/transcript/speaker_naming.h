// extract/transcript/speaker_naming.h
// Stage 1 of 6: [transcript -> segments] -> mentions -> claims -> graph -> export
//
// Names speakers that a layout leaves unnamed ("Speaker 1", alternating
// subtitle turns) or names by first name only ("[Lex]"), from what is said
// early in the episode:
//
//   "This is the Lex Fridman podcast."        the speaker is Lex Fridman
//   "Welcome to the Lex Fridman Podcast."     the speaker is Lex Fridman
//   "My name is Ann Lee."                     the speaker is Ann Lee
//   "...a conversation with Sam Altman."      with two speakers: the other
//   "My guest today is Sam Altman."           speaker is Sam Altman
//
// A name must be two or three capitalised words. A found name replaces a
// generic label, or a one-word label that is its first word ("Lex" ->
// "Lex Fridman"); never a full name, and never two speakers with one name.
// Only the first kNamingSegments segments are read: introductions come
// first, and later mentions are about other people.
//
// Thread safety: pure function.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_SPEAKER_NAMING_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_SPEAKER_NAMING_H_

#include <map>
#include <string>
#include <vector>

#include "extract/transcript/episode.h"

namespace claimgraph {

inline constexpr size_t kNamingSegments = 60;

// For each speaker of `segments` that the text names (see above): the
// speaker as written -> the name found. Speakers not named are absent.
std::map<std::string, std::string> NameSpeakersFromText(
    const std::vector<Segment>& segments);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_SPEAKER_NAMING_H_
