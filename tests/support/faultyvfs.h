#pragma once

// A VFS over the default one whose writes can be made to fail with "disk full", to test
// REL-2 without filling a real disk. SQLCipher encrypts above the VFS, so this sees only
// ciphertext, as the real disk would.

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace chorus::test {

class FaultyVfs
{
public:
    static FaultyVfs& instance()
    {
        static FaultyVfs vfs;
        return vfs;
    }

    void setDiskFull(bool full) { m_full = full; }

private:
    struct File
    {
        sqlite3_file base;
        sqlite3_file* real;
    };

    FaultyVfs()
    {
        m_real = sqlite3_vfs_find(nullptr);
        m_vfs = *m_real;
        m_vfs.zName = "faulty";
        m_vfs.szOsFile = static_cast<int>(sizeof(File)) + m_real->szOsFile;
        m_vfs.xOpen = &FaultyVfs::open;
        m_methods = {};
        sqlite3_vfs_register(&m_vfs, 1); // make it the default for every later open
    }

    static int open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags,
                    int* outFlags)
    {
        auto& self = instance();
        auto* f = reinterpret_cast<File*>(file);
        f->real = reinterpret_cast<sqlite3_file*>(f + 1);
        const int rc = self.m_real->xOpen(self.m_real, name, f->real, flags, outFlags);
        if (rc != SQLITE_OK) {
            f->base.pMethods = nullptr;
            return rc;
        }
        if (self.m_methods.iVersion == 0) {
            self.m_methods = *f->real->pMethods;
            self.m_methods.xWrite = &FaultyVfs::write;
            self.m_methods.xClose = &FaultyVfs::close;
            self.m_methods.xRead = [](sqlite3_file* file, void* p, int n, sqlite3_int64 off) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xRead(f->real, p, n, off);
            };
            self.m_methods.xTruncate = [](sqlite3_file* file, sqlite3_int64 size) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xTruncate(f->real, size);
            };
            self.m_methods.xSync = [](sqlite3_file* file, int flags) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xSync(f->real, flags);
            };
            self.m_methods.xFileSize = [](sqlite3_file* file, sqlite3_int64* size) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xFileSize(f->real, size);
            };
            self.m_methods.xLock = [](sqlite3_file* file, int l) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xLock(f->real, l);
            };
            self.m_methods.xUnlock = [](sqlite3_file* file, int l) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xUnlock(f->real, l);
            };
            self.m_methods.xCheckReservedLock = [](sqlite3_file* file, int* out) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xCheckReservedLock(f->real, out);
            };
            self.m_methods.xFileControl = [](sqlite3_file* file, int op, void* arg) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xFileControl(f->real, op, arg);
            };
            self.m_methods.xSectorSize = [](sqlite3_file* file) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xSectorSize(f->real);
            };
            self.m_methods.xDeviceCharacteristics = [](sqlite3_file* file) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xDeviceCharacteristics(f->real);
            };
            self.m_methods.xShmMap = [](sqlite3_file* file, int pg, int sz, int ext,
                                        void volatile** pp) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xShmMap(f->real, pg, sz, ext, pp);
            };
            self.m_methods.xShmLock = [](sqlite3_file* file, int off, int n, int flags) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xShmLock(f->real, off, n, flags);
            };
            self.m_methods.xShmBarrier = [](sqlite3_file* file) {
                auto* f = reinterpret_cast<File*>(file);
                f->real->pMethods->xShmBarrier(f->real);
            };
            self.m_methods.xShmUnmap = [](sqlite3_file* file, int del) {
                auto* f = reinterpret_cast<File*>(file);
                return f->real->pMethods->xShmUnmap(f->real, del);
            };
            self.m_methods.xFetch = nullptr; // no memory-mapped I/O through the shim
            self.m_methods.xUnfetch = nullptr;
            self.m_methods.iVersion = 2;
        }
        f->base.pMethods = &self.m_methods;
        return SQLITE_OK;
    }

    static int write(sqlite3_file* file, const void* p, int n, sqlite3_int64 off)
    {
        auto* f = reinterpret_cast<File*>(file);
        if (instance().m_full) {
            return SQLITE_FULL;
        }
        return f->real->pMethods->xWrite(f->real, p, n, off);
    }

    static int close(sqlite3_file* file)
    {
        auto* f = reinterpret_cast<File*>(file);
        return f->real->pMethods->xClose(f->real);
    }

    sqlite3_vfs* m_real = nullptr;
    sqlite3_vfs m_vfs{};
    sqlite3_io_methods m_methods{};
    std::atomic<bool> m_full{false};
};

} // namespace chorus::test
