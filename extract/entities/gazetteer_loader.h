// extract/entities/gazetteer_loader.h
// Stage 3 of 6: transcript -> segments -> [mentions] -> claims -> graph -> export
//
// Reads gazetteer files into a Gazetteer. The format (documented for users in
// data/gazetteer/README.md):
//
//   {"entities": [
//     {"name": "Scale AI", "type": "company",            // both required
//      "id": "company:scale-ai",                          // default TYPE:slug(name)
//      "case": "any",                                     // any | title | exact
//      "aliases": ["ScaleAI",
//                  {"text": "Scale", "case": "exact",
//                   "context": ["person:alexandr-wang"]}],
//      "kind": "lab", "homepage": "https://scale.com", "wikidata": "Q...",
//      "org": "company:...",                              // people
//      "maker": "company:..."}                            // models, products
//   ]}
//
// A string alias takes the entity's case rule; an alias object may set its
// own, and `context` makes it count only where one of those entities is
// mentioned by another name (see mention_finder.h).
//
// Every problem is an error naming the file, line and column, for example
//   data/gazetteer/people.json:12:15: error: unknown type "persn" (expected person, company, model or product)
// and nothing of a file with an error is added. Within one file each id may
// appear once; a later file replaces an earlier file's entity with the same id.
//
// Thread safety: the functions keep no state.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_GAZETTEER_LOADER_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_GAZETTEER_LOADER_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "extract/entities/gazetteer.h"

namespace claimgraph {

// Parses `content` as the gazetteer file `source` and adds its entities.
Status ParseGazetteer(std::string_view content, const std::string& source,
                      Gazetteer* gazetteer);

// Reads and parses the file at `path`.
Status LoadGazetteerFile(const std::string& path, Gazetteer* gazetteer);

// Loads every `*.json` file of `dir` in file-name order. A missing folder is
// an error; an empty one is not.
Status LoadGazetteerDir(const std::string& dir, Gazetteer* gazetteer);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_GAZETTEER_LOADER_H_
