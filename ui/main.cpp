#include "launcher.h"

// The shipped executable: the window, or a headless command, with the defaults users get.
int main(int argc, char **argv)
{
    return pd::ui::launch(argc, argv);
}
