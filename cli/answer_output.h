// cli/answer_output.h
// Where and how query, compare and stats print their answers.
//
// --format picks table, json or csv (csv for query only). Without it:
//   - with -o FILE: by the file's extension, .json -> json, .csv -> csv,
//     anything else -> table;
//   - on standard output: table when it is a terminal, json when it is not
//     (a pipe or a file): whoever reads a pipe is most likely a program, and
//     json keeps every field. `--format table` forces the table anywhere.
//
// Tables fit the terminal's width ($COLUMNS, else the terminal's own, else
// 100 columns when not a terminal).
#ifndef CLAIMGRAPH_CLI_ANSWER_OUTPUT_H_
#define CLAIMGRAPH_CLI_ANSWER_OUTPUT_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace claimgraph {

enum class AnswerFormat { kTable, kJson, kCsv };

// Resolves --format (may be empty) for an answer written to `output` ("" or
// "-": standard output). `allowed` lists the format names the command takes.
// Errors name the format and what is allowed.
Status ChooseAnswerFormat(const std::string& format, const std::string& output,
                          const std::vector<std::string>& allowed,
                          AnswerFormat* chosen);

// The width tables should fit in.
size_t TerminalWidth();

// Writes `text` to `output` ("" or "-": standard output; else a file,
// atomically).
Status WriteAnswer(const std::string& text, const std::string& output);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CLI_ANSWER_OUTPUT_H_
