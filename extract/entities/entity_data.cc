#include "extract/entities/entity_data.h"

#include "extract/entities/gazetteer_loader.h"

namespace claimgraph {

Status LoadGazetteers(const std::string& data_dir,
                      const std::vector<std::string>& user_gazetteers,
                      Gazetteer* gazetteer) {
  Status s = LoadGazetteerDir(data_dir + "/gazetteer", gazetteer);
  for (size_t i = 0; s.ok() && i < user_gazetteers.size(); ++i)
    s = LoadGazetteerFile(user_gazetteers[i], gazetteer);
  return s;
}

Status LoadEntityData(const std::string& data_dir,
                      const std::vector<std::string>& user_gazetteers,
                      EntityData* data) {
  Status s = LoadGazetteers(data_dir, user_gazetteers, &data->gazetteer);
  if (s.ok()) s = data->families.Load(data_dir + "/entities/families.txt");
  if (s.ok()) s = data->names.LoadDir(data_dir + "/entities");
  if (!s.ok()) return s;
  // The first names of the people the gazetteer knows are given names too.
  for (const Entity& entity : data->gazetteer.entities()) {
    size_t space = entity.name.find(' ');
    if (entity.type == EntityType::kPerson && space != std::string::npos)
      data->names.AddGivenName(entity.name.substr(0, space));
  }
  return s;
}

}  // namespace claimgraph
