// Replays kept fuzz corpora through a fuzz target without libFuzzer, so that every normal
// test run (any compiler, optionally under ASan/UBSan) re-checks every input ever kept.
//
// Usage: fuzz_<target>_replay DIR_OR_FILE...
// Exits non-zero if a path is missing or holds no input, so that a broken test setup
// cannot pass by replaying nothing. A failing input aborts inside the target; the name
// printed just before says which one.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

/** Files to replay under `path`, sorted so that runs are reproducible. */
std::vector<fs::path> inputsUnder(const fs::path& path)
{
    std::vector<fs::path> inputs;
    std::error_code error;
    if (fs::is_regular_file(path, error)) {
        inputs.push_back(path);
    } else if (fs::is_directory(path, error)) {
        for (const auto& entry : fs::recursive_directory_iterator(path, error)) {
            if (entry.is_regular_file(error)) {
                inputs.push_back(entry.path());
            }
        }
    }
    std::sort(inputs.begin(), inputs.end());
    return inputs;
}

bool replay(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << "cannot read " << file << '\n';
        return false;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in),
                                  std::istreambuf_iterator<char>()};
    std::cout << "replaying " << file.filename().string() << " (" << bytes.size() << " bytes)"
              << std::endl; // flushed, so a crash is attributed to the right input
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " DIR_OR_FILE...\n";
        return 2;
    }
    bool ok = true;
    std::size_t count = 0;
    for (int i = 1; i < argc; ++i) {
        const auto inputs = inputsUnder(argv[i]);
        if (inputs.empty()) {
            std::cerr << "no inputs under " << argv[i] << '\n';
            ok = false;
        }
        for (const fs::path& file : inputs) {
            ok = replay(file) && ok;
            ++count;
        }
    }
    std::cout << "replayed " << count << " inputs" << std::endl;
    return ok ? 0 : 1;
}
