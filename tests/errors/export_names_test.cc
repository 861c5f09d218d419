// Names that carry XML and CSV metacharacters (& < > " ' ]]> , ; and line
// ends), from a transcript's speaker labels and a user's gazetteer, through
// the whole command into every format Gephi, NetworkX and Neo4j read. Each
// file must parse back (xmllint --nonet against the schemas of
// tests/export/schemas, Python's csv module for RFC 4180) with every name
// intact.
#include <cstdio>
#include <string>

#include "tests/errors/hostile.h"

namespace claimgraph::testing {
namespace {

// A diarized JSON transcript: speaker labels can hold any character.
constexpr char kTranscript[] = R"([
  {"speaker": "Ann \"<&>\" Lee", "start": 1,
   "text": "I think Acme & Sons <Labs> bought Meta last year, honestly."},
  {"speaker": "Bo, Chen; 'Jr' ]]>", "start": 4,
   "text": "Meta bought Acme & Sons <Labs> and Quote \"Co\", Inc. for sure."}
])";

constexpr char kGazetteer[] = R"({"entities": [
  {"name": "Acme & Sons <Labs>", "type": "company"},
  {"name": "Quote \"Co\", Inc.", "type": "company"}
]})";

// Runs `command` in a shell; returns its exit status, fills `output`.
int Shell(const std::string& command, std::string* output) {
  output->clear();
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output->append(buffer, n);
  return pclose(pipe);
}

std::string Schemas() { return std::string(CLAIMGRAPH_TEST_DIR) + "/export/schemas"; }

// The labels of the entity nodes (speakers included) of a GraphML, GEXF or
// nodes.csv file, one a line, sorted, as Python's own XML and CSV parsers
// read them; `script` is where the Python program is written.
std::string Labels(const std::string& file, const std::string& script) {
  std::string program =
      "import csv, sys, xml.etree.ElementTree as ET\n"
      "f = sys.argv[1]\n"
      "if f.endswith('.csv'):\n"
      "    with open(f, newline='', encoding='utf-8') as h:\n"
      "        labels = [r['label'] for r in csv.DictReader(h)\n"
      "                  if r['type'] not in ('claim', 'episode')]\n"
      "elif f.endswith('.gexf'):\n"
      "    labels = [n.get('label') for n in ET.parse(f).iter()\n"
      "              if n.tag.endswith('}node')]\n"
      "else:\n"
      "    root = ET.parse(f).getroot()\n"
      "    ns = root.tag[:-len('graphml')]\n"
      "    key = [k.get('id') for k in root.iter(ns + 'key')\n"
      "           if k.get('attr.name') == 'label'][0]\n"
      "    labels = [d.text for d in root.iter(ns + 'data') if d.get('key') == key]\n"
      "print('\\n'.join(sorted(labels)))\n";
  WriteTestFile(script, program);
  std::string output;
  int rc = Shell("/usr/bin/python3 '" + script + "' '" + file + "'", &output);
  EXPECT_EQ(rc, 0) << output;
  return output;
}

class ExportNamesTest : public HostileTest {
 protected:
  void SetUp() override {
    HostileTest::SetUp();
    WriteTestFile(Path("in.json"), kTranscript);
    WriteTestFile(Path("mine.json"), kGazetteer);
  }
  CliResult Build(const std::string& output) {
    return RunCli({"build", Path("in.json"), "--gazetteer", Path("mine.json"),
                   "-o", Path(output), "-q"});
  }
  // Every name of the episode, as Labels() prints them.
  static constexpr char kNames[] =
      "Acme & Sons <Labs>\n"
      "Ann \"<&>\" Lee\n"
      "Bo, Chen; 'Jr' ]]>\n"
      "Meta\n"
      "Quote \"Co\", Inc.\n";
};

TEST_F(ExportNamesTest, GraphmlWithMetacharacterNamesValidatesAndParsesBack) {
  CliResult r = Build("out.graphml");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string output;
  EXPECT_EQ(Shell("xmllint --noout --nonet --schema " + Schemas() +
                      "/graphml/graphml.xsd " + Path("out.graphml"),
                  &output),
            0)
      << output;
  EXPECT_EQ(Labels(Path("out.graphml"), Path("labels.py")), kNames);
}

TEST_F(ExportNamesTest, GexfWithMetacharacterNamesValidatesAndParsesBack) {
  CliResult r = Build("out.gexf");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string output;
  EXPECT_EQ(Shell("xmllint --noout --nonet --relaxng " + Schemas() +
                      "/gexf-1.3/gexf.rng " + Path("out.gexf"),
                  &output),
            0)
      << output;
  EXPECT_EQ(Labels(Path("out.gexf"), Path("labels.py")), kNames);
}

TEST_F(ExportNamesTest, CsvWithMetacharacterNamesParsesBackAsRfc4180) {
  CliResult r = Build("csv/");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Labels(Path("csv/nodes.csv"), Path("labels.py")), kNames);
}

}  // namespace
}  // namespace claimgraph::testing
