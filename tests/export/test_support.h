// tests/export/test_support.h
// Hand-built graphs for the exporter tests, and helpers that run the outside
// readers (xmllint, NetworkX under /usr/bin/python3) on what we write.
//
// The graphs are built the way the pipeline builds them (AnalyzedEpisode ->
// KnowledgeGraph::AddEpisode) and are full of names that break writers:
// "AT&T <Labs> \"Inc\"", a Hebrew (right-to-left) name, an emoji, a control
// character, a typographic apostrophe, a backslash, CR/LF in a surface form,
// U+2028 in a sentence.
#ifndef CLAIMGRAPH_TESTS_EXPORT_TEST_SUPPORT_H_
#define CLAIMGRAPH_TESTS_EXPORT_TEST_SUPPORT_H_

#include <string>
#include <vector>

#include "extract/analyzed_episode.h"
#include "graph/knowledge_graph.h"

namespace claimgraph::testing_support {

// Entity names used by the episodes below.
inline constexpr char kAtt[] = "AT&T <Labs> \"Inc\"";     // company:at-t-labs-inc
inline constexpr char kHebrew[] = "שלום כהן";             // person, right-to-left
inline constexpr char kRobot[] = "Robo 🤖\x01 \\Tab\tName";  // product: emoji, ^A, '\', TAB
inline constexpr char kConan[] = "Conan O’Brien";        // person, U+2019

// 2025-06-30, timed (seconds 0..500), two speakers (Matthew Berman, Dylan
// Patel), mentions of every nasty entity, five claims: Meta acquired Scale AI
// (said twice, by both speakers), Meta invested_in Scale AI (negated,
// hedged), Dylan works_at AT&T (a speaker as subject, about an entity he
// mentions), and a claim with no relation about the robot.
AnalyzedEpisode EpisodeOne();

// 2025-07-15, timed, a third speaker (Sam Altman) who mentions Meta and
// GPT-4.5, and one claim: OpenAI released GPT-4.5.
AnalyzedEpisode EpisodeTwo();

// No date and no timestamps (seconds are nullopt), one speaker, one mention.
AnalyzedEpisode UntimedEpisode();

// A graph of the given episodes, added in order (each must add cleanly).
KnowledgeGraph GraphOf(const std::vector<AnalyzedEpisode>& episodes);

// A fresh empty folder for one test, under the GoogleTest temp dir.
std::string TempFolder(const std::string& name);

std::string ReadAll(const std::string& path);
void WriteAll(const std::string& path, const std::string& content);

// Runs a shell command; returns its exit status and fills `output` with its
// standard output and error together.
int RunCommand(const std::string& command, std::string* output);

// Single-quotes `text` for the shell.
std::string ShellQuote(const std::string& text);

// xmllint --noout --nonet against a schema copied into tests/export/schemas.
int ValidateGraphml(const std::string& file, std::string* output);
int ValidateGexf(const std::string& file, std::string* output);

// Runs tests/export/networkx_load.py: loads `file` ("json" or "graphml")
// with NetworkX and prints what it loaded as canonical JSON. Returns that
// JSON text; fails the test (and returns "") when the script fails.
std::string NetworkxLoad(const std::string& kind, const std::string& file);

// Runs a short Python program with /usr/bin/python3 (argv[1] = `arg`) and
// returns its standard output; fails the test when it exits non-zero.
std::string Python(const std::string& program, const std::string& arg);

}  // namespace claimgraph::testing_support

#endif  // CLAIMGRAPH_TESTS_EXPORT_TEST_SUPPORT_H_
