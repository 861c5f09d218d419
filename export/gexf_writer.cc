#include "export/gexf_writer.h"

#include <algorithm>
#include <cstdio>

#include "base/atomic_file.h"
#include "base/text.h"
#include "base/version.h"
#include "export/block_output.h"
#include "export/text_escape.h"

namespace claimgraph {
namespace {

std::string_view GexfType(AttrType type) {
  switch (type) {
    case AttrType::kString: return "string";
    case AttrType::kInt: return "integer";
    case AttrType::kDouble: return "double";
    case AttrType::kBoolean: return "boolean";
  }
  return "string";
}

// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
long long DaysFromCivil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

void CivilFromDays(long long z, long long* y, unsigned* m, unsigned* d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = static_cast<long long>(yoe) + era * 400 + (*m <= 2);
}

// "YYYY-MM-DD" -> days since the epoch; nullopt for anything else.
std::optional<long long> ParseDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (date[i] < '0' || date[i] > '9') return std::nullopt;
  auto number = [&](size_t at, size_t len) {
    unsigned value = 0;
    for (char c : date.substr(at, len)) value = value * 10 + static_cast<unsigned>(c - '0');
    return value;
  };
  unsigned y = number(0, 4), m = number(5, 2), d = number(8, 2);
  static constexpr unsigned kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return std::nullopt;
  long long days = DaysFromCivil(y, m, d);
  long long back_y;
  unsigned back_m, back_d;
  CivilFromDays(days, &back_y, &back_m, &back_d);  // rejects 29 February in other years
  if (back_m != m || back_d != d) return std::nullopt;
  return days;
}

// Maps a Moment to one number per clock (seconds on the axis), and back to
// the text GEXF wants.
class TimeAxis {
 public:
  explicit TimeAxis(const KnowledgeGraph& graph) {
    const std::vector<EpisodeRecord>& episodes = graph.episodes();
    bool all_dated = episodes.size() > 1;
    for (const EpisodeRecord& episode : episodes) {
      std::optional<long long> days = ParseDate(episode.date);
      if (!days) all_dated = false;
      day_.push_back(days.value_or(0));
    }
    dated_ = all_dated;
    several_ = episodes.size() > 1;
    long long offset = 0;
    for (const EpisodeRecord& episode : episodes) {
      offset_.push_back(offset);
      long long last = 0;
      for (const EpisodeRecord::Turn& turn : episode.turns)
        if (turn.seconds) last = std::max(last, *turn.seconds);
      for (const Chapter& chapter : episode.chapters)
        if (chapter.seconds) last = std::max(last, *chapter.seconds);
      offset += last + 1;
    }
  }

  bool dated() const { return dated_; }

  std::optional<long long> At(const Moment& moment) const {
    if (moment.episode >= offset_.size()) return std::nullopt;
    if (dated_) return day_[moment.episode] * 86400 + moment.seconds.value_or(0);
    // An untimed moment of one episode has no place; of several, the
    // episode's start.
    if (!moment.seconds && !several_) return std::nullopt;
    return offset_[moment.episode] + moment.seconds.value_or(0);
  }

  std::optional<long long> First(const std::vector<Moment>& moments) const {
    std::optional<long long> first;
    for (const Moment& moment : moments) {
      std::optional<long long> t = At(moment);
      if (t && (!first || *t < *first)) first = t;
    }
    return first;
  }

  std::string Format(long long t) const {
    if (!dated_) return FormatDouble(static_cast<double>(t));
    long long days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    long long rest = t - days * 86400;
    long long y;
    unsigned m, d;
    CivilFromDays(days, &y, &m, &d);
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02lld:%02lld:%02lld", y,
                  m, d, rest / 3600, (rest / 60) % 60, rest % 60);
    return buffer;
  }

 private:
  bool dated_ = false;
  bool several_ = false;
  std::vector<long long> day_;
  std::vector<long long> offset_;
};

// A label as an XML token: no leading, trailing or repeated whitespace.
std::string TokenLabel(std::string_view label, std::string_view fallback) {
  std::string token = CollapseSpaces(label);
  return token.empty() ? std::string(fallback) : token;
}

void AttributesBlock(std::string& out, const char* domain,
                     const std::vector<AttrSpec>& specs) {
  out += "    <attributes class=\"";
  out += domain;
  out += "\">\n";
  for (const AttrSpec& spec : specs) {
    out += "      <attribute id=\"" + spec.name + "\" title=\"" + spec.name +
           "\" type=\"" + std::string(GexfType(spec.type)) + "\"/>\n";
  }
  out += "    </attributes>\n";
}

void AttValues(std::string& out, const std::vector<AttrSpec>& specs,
               const AttrValues& values) {
  if (values.empty()) return;
  out += "        <attvalues>\n";
  for (const AttrEntry& entry : values) {
    out += "          <attvalue for=\"";
    out += specs[entry.attr].name;
    out += "\" value=\"";
    AppendXmlValue(out, entry.value, AppendXmlAttribute);
    out += "\"/>\n";
  }
  out += "        </attvalues>\n";
}

void Color(std::string& out, const Rgb& color) {
  out += "        <viz:color r=\"";
  out += std::to_string(color.r);
  out += "\" g=\"";
  out += std::to_string(color.g);
  out += "\" b=\"";
  out += std::to_string(color.b);
  out += "\"/>\n";
}

// ` start="..."` when the item has a place on the time axis.
void Start(std::string& out, const TimeAxis& axis, const std::optional<long long>& t) {
  if (!t) return;
  out += " start=\"";
  out += axis.Format(*t);
  out += '"';
}

GraphView GexfView(const KnowledgeGraph& graph, GraphViewKind kind) {
  return BuildGraphView(graph, kind, /*one_edge_per_pair=*/false);
}

void WriteDocument(const KnowledgeGraph& graph, const GraphView& view,
                   BlockOutput& block) {
  TimeAxis axis(graph);

  std::vector<std::optional<long long>> edge_start;
  std::vector<std::optional<long long>> node_start;
  for (const ViewNode& node : view.nodes) node_start.push_back(axis.First(node.moments));
  // A node is there no later than any edge that touches it.
  auto pull_earlier = [&](size_t node, std::optional<long long> t) {
    std::optional<long long>& start = node_start[node];
    if (t && (!start || *t < *start)) start = t;
  };
  bool timed = false;
  for (const ViewEdge& edge : view.edges) {
    std::optional<long long> t = axis.First(edge.moments);
    edge_start.push_back(t);
    pull_earlier(edge.source_node, t);
    pull_earlier(edge.target_node, t);
    timed = timed || t.has_value();
  }
  for (const auto& t : node_start) timed = timed || t.has_value();
  std::string& out = block.buffer();
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<gexf xmlns=\"http://gexf.net/1.3\" "
         "xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n";
  out += "  <meta>\n    <creator>claimgraph ";
  out += kVersion;
  out += "</creator>\n    <description>";
  out += GraphViewName(view.kind);
  out += " view of ";
  out += std::to_string(graph.episodes().size());
  out += graph.episodes().size() == 1 ? " episode" : " episodes";
  out += "</description>\n  </meta>\n";
  out += "  <graph defaultedgetype=\"directed\"";
  if (timed) {
    out += " mode=\"dynamic\" timeformat=\"";
    out += axis.dated() ? "dateTime" : "double";
    out += "\"";
  } else {
    out += " mode=\"static\"";
  }
  out += ">\n";
  AttributesBlock(out, "node", view.node_attrs);
  AttributesBlock(out, "edge", view.edge_attrs);

  out += "    <nodes count=\"" + std::to_string(view.nodes.size()) + "\">\n";
  for (size_t i = 0; i < view.nodes.size(); ++i) {
    const ViewNode& node = view.nodes[i];
    out += "      <node id=\"";
    AppendXmlAttribute(out, node.id);
    out += "\" label=\"";
    AppendXmlAttribute(out, TokenLabel(node.label, node.id));
    out += '"';
    Start(out, axis, node_start[i]);
    out += ">\n";
    AttValues(out, view.node_attrs, node.values);
    Color(out, node.color);
    out += "        <viz:size value=\"";
    out += FormatDouble(node.size);
    out += "\"/>\n      </node>\n";
    block.Flush();
  }
  out += "    </nodes>\n";

  out += "    <edges count=\"" + std::to_string(view.edges.size()) + "\">\n";
  for (size_t e = 0; e < view.edges.size(); ++e) {
    const ViewEdge& edge = view.edges[e];
    out += "      <edge id=\"e";
    out += std::to_string(e);
    out += "\" source=\"";
    AppendXmlAttribute(out, edge.source);
    out += "\" target=\"";
    AppendXmlAttribute(out, edge.target);
    out += "\" kind=\"";
    AppendXmlAttribute(out, edge.type);
    out += "\" label=\"";
    AppendXmlAttribute(out, TokenLabel(edge.label, edge.type));
    out += "\" weight=\"";
    out += FormatDouble(edge.weight);
    out += '"';
    Start(out, axis, edge_start[e]);
    out += ">\n";
    AttValues(out, view.edge_attrs, edge.values);
    if (edge.color) Color(out, *edge.color);
    out += "      </edge>\n";
    block.Flush();
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  block.Finish();
}

}  // namespace

std::string ToGexf(const KnowledgeGraph& graph, GraphViewKind kind) {
  GraphView view = GexfView(graph, kind);
  BlockOutput out(nullptr, EstimatedXmlBytes(view));
  WriteDocument(graph, view, out);
  return out.TakeText();
}

Status WriteGexf(const KnowledgeGraph& graph, GraphViewKind kind,
                 const std::string& path) {
  GraphView view = GexfView(graph, kind);
  AtomicFileWriter file(path);
  if (!file.status().ok()) return file.status();
  BlockOutput out(&file.stream());
  WriteDocument(graph, view, out);
  return file.Commit();
}

}  // namespace claimgraph
