// Build step: writes CalcAddIns.xcu from the function table.
#include "catalog/calc_addins_xcu.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: relance_xcu_generator <CalcAddIns.xcu>\n";
        return 2;
    }
    const std::string temporary = std::string(argv[1]) + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary);
        out << relance::catalog::calcAddInsXcu();
        if (!out) {
            std::cerr << "cannot write " << temporary << "\n";
            return 1;
        }
    }
    return std::rename(temporary.c_str(), argv[1]) == 0 ? 0 : 1;
}
