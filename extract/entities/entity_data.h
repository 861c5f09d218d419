// extract/entities/entity_data.h
// Stage 3 of 6: transcript -> segments -> [mentions] -> claims -> graph -> export
//
// Everything the entity layer reads from data files, loaded in one call:
//
//   DATA/gazetteer/*.json     in file-name order, then each user file
//                             (gazetteer_loader.h)
//   DATA/entities/families.txt                     (pattern_families.h)
//   DATA/entities/given_names.txt, function_words.txt, typing.txt
//                                                  (name_rules.h)
//
//   EntityData data;
//   Status s = LoadEntityData("data", {"extra.json"}, &data);
//
// The first error stops the load and names its file, line and column.
// Thread safety: immutable after loading.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_ENTITY_DATA_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_ENTITY_DATA_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "extract/entities/gazetteer.h"
#include "extract/entities/name_rules.h"
#include "extract/entities/pattern_families.h"

namespace claimgraph {

struct EntityData {
  Gazetteer gazetteer;
  PatternFamilies families;
  NameRules names;
};

// The gazetteer part alone, as LoadEntityData loads it: DATA/gazetteer/*.json
// in file-name order, then each user file. For a caller that only looks
// names up (a query on a saved graph), at a fraction of the cost: the rest
// of the entity data, and what is compiled from it, is for reading text.
Status LoadGazetteers(const std::string& data_dir,
                      const std::vector<std::string>& user_gazetteers,
                      Gazetteer* gazetteer);

Status LoadEntityData(const std::string& data_dir,
                      const std::vector<std::string>& user_gazetteers,
                      EntityData* data);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_ENTITY_DATA_H_
