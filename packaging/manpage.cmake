# Writes the man page dossier.1 from the built binary's own help, so the page never drifts from
# `--help`: the top-level help, then each command's.
#   cmake -DDOSSIER=<binary> -DOUT=<dossier.1> -DVERSION=<x.y.z> -DDATE=<YYYY-MM-DD> -P manpage.cmake
# Help lines become roff text lines; a leading "." or "'" is escaped, as are backslashes.

function(help_of out)
  execute_process(COMMAND ${DOSSIER} ${ARGN} --help OUTPUT_VARIABLE text ERROR_VARIABLE err
                  RESULT_VARIABLE rc ENCODING UTF-8)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dossier ${ARGN} --help failed (${rc}): ${err}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(roff_lines out text)
  string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" text "\n${text}")
  string(REGEX REPLACE "^\n" "" text "${text}")
  # Blank lines separate paragraphs; every other line is kept as printed (no filling).
  set(${out} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

help_of(top)
# The commands are the lines of the top-level help's command list: two spaces, a lower-case
# word, spaces, a description.
string(REGEX MATCHALL "\n  [a-z][a-z-]+  [^\n]*" lines "\n${top}")
set(commands)
foreach(l IN LISTS lines)
  string(REGEX REPLACE "^\n  ([a-z][a-z-]+) .*" "\\1" c "${l}")
  list(APPEND commands "${c}")
endforeach()
list(REMOVE_DUPLICATES commands)
if(NOT commands)
  message(FATAL_ERROR "no commands found in dossier --help:\n${top}")
endif()

roff_lines(body "${top}")
set(page ".TH DOSSIER 1 \"${DATE}\" \"dossier ${VERSION}\" \"用户命令\"\n")
string(APPEND page ".SH 名称\ndossier \\- 政务公开考核材料整理、校验与打包\n")
string(APPEND page ".SH 概要\n.B dossier\n\\fI命令\\fR [\\fI选项\\fR]\n")
string(APPEND page ".SH 说明\n${body}")
string(APPEND page ".SH 命令\n")
foreach(c IN LISTS commands)
  help_of(h ${c})
  roff_lines(b "${h}")
  string(APPEND page ".SS ${c}\n${b}")
endforeach()
string(APPEND page ".SH 文件\n.TP\n/usr/share/dossier\n考核目录与节假日日历。\n")
string(APPEND page ".SH 另见\n/usr/share/doc/dossier/README.md\n")
file(WRITE "${OUT}" "${page}")
