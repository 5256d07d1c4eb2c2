// One Catch2 main for every test program.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <clocale>

int main(int argc, char* argv[]) {
    // As the dossier binary does (cli/cli.cpp): libarchive returns no entry names at all in the C
    // locale, and every test reads and writes UTF-8 names.
    if (!std::setlocale(LC_ALL, "C.UTF-8")) std::setlocale(LC_ALL, "");
    return Catch::Session().run(argc, argv);
}
