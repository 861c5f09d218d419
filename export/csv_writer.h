// export/csv_writer.h
// Stage 6 of 6: transcript -> segments -> mentions -> claims -> graph -> [export]
//
// Writes the whole graph (every node and edge, as in the JSON) as a folder
// with two RFC 4180 CSV files that both Gephi's spreadsheet import and
// `neo4j-admin database import` read:
//
//   nodes.csv  :ID,id,:LABEL,label,type,is_speaker:boolean,mentions:int,
//              aliases:string[],episodes:string[],kind,homepage,wikidata,
//              title,date,source,text,speaker,episode,seconds:int,time,
//              line:int,relation,subject,object,about:string[],modality,
//              negated:boolean
//   edges.csv  :START_ID,:END_ID,:TYPE,source,target,kind,key,episode,
//              seconds:int,time,line:int,role,claim,speaker,modality,
//              negated:boolean
//
// Why the header looks doubled. Neo4j reads the typed columns (`:ID`,
// `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, `name:type`); a `:ID` without a
// name is not stored, so the plain `id` column stores it once. Gephi finds
// its special columns by exact name, case-insensitively: `id` and `label` in
// nodes, `source`, `target` and `kind` in edges (`kind` keeps parallel edges
// of different kinds apart; edges of the same kind between the same nodes
// are summed into one whose weight counts them). Gephi shows the colon
// columns as ordinary ones; untick them in the import wizard if you like.
//
// Values: Neo4j labels are PascalCase (Person, Company, Model, Product,
// Episode, Claim, plus Speaker for people who speak); relationship types are
// upper snake case (MENTIONS, SAID, ABOUT, APPEARS_IN, ACQUIRED, ...), while
// `kind` keeps our lower-case type. Arrays use Neo4j's default ';'
// delimiter. Absent values are empty fields. Text goes through CsvField
// (export/text_escape.h). Rows come in graph order; the same graph gives the
// same bytes. Line ends are "\n". Each file is written a block at a time as
// the graph is read (export/block_output.h), never held whole.
//
// Thread safety: reads the graph only.
#ifndef CLAIMGRAPH_EXPORT_CSV_WRITER_H_
#define CLAIMGRAPH_EXPORT_CSV_WRITER_H_

#include <string>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

std::string ToNodesCsv(const KnowledgeGraph& graph);
std::string ToEdgesCsv(const KnowledgeGraph& graph);

// Writes `folder`/nodes.csv and `folder`/edges.csv, creating the folder (one
// level) when it does not exist. Both files are written to temporary files
// first and renamed only when both were written in full, so a failed run
// leaves any earlier pair as it was.
Status WriteCsvFolder(const KnowledgeGraph& graph, const std::string& folder);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_CSV_WRITER_H_
