# SQLCipher 4.6.1 from bookworm-backports, linked statically so that no libsqlite3
# loaded later into the process (LD_PRELOAD, a plugin) can interpose its symbols.
find_path(SQLCIPHER_INCLUDE_DIR sqlite3.h PATHS /usr/include/sqlcipher NO_DEFAULT_PATH REQUIRED)
find_library(SQLCIPHER_STATIC_LIB NAMES libsqlcipher.a REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(ZLIB REQUIRED)

add_library(SQLCipher::Static STATIC IMPORTED GLOBAL)
set_target_properties(SQLCipher::Static PROPERTIES
  IMPORTED_LOCATION "${SQLCIPHER_STATIC_LIB}"
  INTERFACE_INCLUDE_DIRECTORIES "${SQLCIPHER_INCLUDE_DIR}"
  INTERFACE_COMPILE_DEFINITIONS "SQLITE_HAS_CODEC"
  INTERFACE_LINK_LIBRARIES "OpenSSL::Crypto;ZLIB::ZLIB;m;pthread;dl")
