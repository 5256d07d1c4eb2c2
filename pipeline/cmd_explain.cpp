// Placeholder: replaced by the real command.
#include <iostream>

#include "pipeline/cli.hpp"

namespace dossier {

Command make_explain_command() {
    return {"explain", "（尚未实现）", [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
                add_common_options(sub, common);
                return [] {
                    std::cerr << "dossier explain: 尚未实现\n";
                    return 0;
                };
            }};
}

}  // namespace dossier
