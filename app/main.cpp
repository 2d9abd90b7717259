#include "application.h"

int main(int argc, char *argv[])
{
    return Folio::App::run(argc, argv);
}
