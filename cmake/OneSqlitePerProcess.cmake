# One SQLite per process (design.md, tests/sync/hub): the device store's SQLCipher is linked
# statically (SQLCipher::Static) and the hub (chorus_hub) uses Qt's SQLite driver, a second
# SQLite. A program that links both is refused at configure time. A test that needs both a
# device store and a hub runs the hub as a child process (tests/support/hubchild.h).
#
# chorus_check_one_sqlite() follows the link libraries, PRIVATE and INTERFACE, of every
# executable the build defines (programs, tests, tools, benchmarks) through every library
# target, and stops the configure run naming the first program that holds both.

# Every target `target` links, directly or through other targets, into <out>.
function(_chorus_link_closure target out)
  set(seen "")
  set(queue "${target}")
  while(queue)
    list(POP_FRONT queue t)
    if(t IN_LIST seen OR NOT TARGET ${t})
      continue()
    endif()
    list(APPEND seen ${t})
    get_target_property(aliased ${t} ALIASED_TARGET)
    if(aliased)
      list(APPEND queue ${aliased})
      continue()
    endif()
    set(libs "")
    get_target_property(imported ${t} IMPORTED)
    if(NOT imported)
      get_target_property(direct ${t} LINK_LIBRARIES)
      if(direct)
        list(APPEND libs ${direct})
      endif()
    endif()
    get_target_property(interface ${t} INTERFACE_LINK_LIBRARIES)
    if(interface)
      list(APPEND libs ${interface})
    endif()
    foreach(lib IN LISTS libs)
      # A static library's private links reach its users as $<LINK_ONLY:...>.
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
      if(TARGET ${lib})
        list(APPEND queue ${lib})
      endif()
    endforeach()
  endwhile()
  set(${out} "${seen}" PARENT_SCOPE)
endfunction()

# Every executable target defined in `dir` and the directories below it, into <out>.
function(_chorus_executables dir out)
  set(found "")
  get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
  foreach(t IN LISTS targets)
    get_target_property(type ${t} TYPE)
    if(type STREQUAL "EXECUTABLE")
      list(APPEND found ${t})
    endif()
  endforeach()
  get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(sub IN LISTS subdirs)
    _chorus_executables(${sub} below)
    list(APPEND found ${below})
  endforeach()
  set(${out} "${found}" PARENT_SCOPE)
endfunction()

function(chorus_check_one_sqlite)
  _chorus_executables(${PROJECT_SOURCE_DIR} programs)
  foreach(target IN LISTS programs)
    _chorus_link_closure(${target} closure)
    if("chorus_hub" IN_LIST closure AND "SQLCipher::Static" IN_LIST closure)
      message(FATAL_ERROR "${target} links both chorus_hub (Qt's SQLite) and the device store's "
                          "SQLCipher::Static: two SQLite libraries in one process. Run the hub "
                          "as a child process instead (tests/support/hubchild.h).")
    endif()
  endforeach()
endfunction()
