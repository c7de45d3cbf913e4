# Trains the unknown-word model again (ctest unknownwordsgen_deterministic) and checks that the
# generator writes the same bytes as the build did: the model must not depend on the run.
execute_process(COMMAND ${GENERATOR} ${ARGS} --out ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "chorus_unknownwordsgen failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${BUILT} ${OUT} RESULT_VARIABLE differ)
if(NOT differ EQUAL 0)
  message(FATAL_ERROR "the model trained again differs from the build's: ${OUT} vs ${BUILT}")
endif()
