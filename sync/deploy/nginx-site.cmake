# Turns nginx.conf (the front the tests run) into a site for Debian's nginx
# (/etc/nginx/sites-available/), so the packaged example is the configuration that is tested:
# the `http { ... }` block's body with the test's own folders left out, and example values
# for the placeholders. Usage: cmake -DIN=nginx.conf -DOUT=nginx-site.conf -P nginx-site.cmake
file(READ "${IN}" text)
# The http block is the file's last: from its opening line to the final closing brace.
string(FIND "${text}" "\nhttp {\n" open)
string(REGEX MATCH "\n}[ \n]*$" close "${text}")
if(open EQUAL -1 OR close STREQUAL "")
  message(FATAL_ERROR "nginx-site.cmake: ${IN} does not end with an http { } block")
endif()
string(LENGTH "${text}" size)
string(LENGTH "${close}" close_size)
math(EXPR from "${open} + 8")
math(EXPR length "${size} - ${close_size} - ${from} + 1")
string(SUBSTRING "${text}" ${from} ${length} body)
# The test's scratch folders are left out: Debian's nginx has its own.
string(REGEX REPLACE "[^\n]*@PREFIX@[^\n]*\n" "" body "${body}")
string(REGEX REPLACE "\n    " "\n" body "\n${body}")
string(SUBSTRING "${body}" 1 -1 body)
string(REPLACE "@LISTEN@" "443" body "${body}")
string(REPLACE "@CERT@" "/etc/ssl/certs/chorus-hub.pem" body "${body}")
string(REPLACE "@KEY@" "/etc/ssl/private/chorus-hub.key" body "${body}")
string(REPLACE "@UPSTREAM@" "127.0.0.1:8470" body "${body}")
if(body MATCHES "@[A-Z]+@")
  message(FATAL_ERROR "nginx-site.cmake: ${CMAKE_MATCH_0} in ${IN} has no example value")
endif()
file(WRITE "${OUT}" "# The Chorus hub behind nginx: a site for /etc/nginx/sites-available/chorus-hub.
# Generated from sync/deploy/nginx.conf, the front that the hub's tests run.
# 1. Put the hub's certificate chain and key where ssl_certificate and ssl_certificate_key
#    point (or change them), and add `server_name hub.example.org;` with your name.
# 2. The upstream is the `listen` address in /etc/chorus-hub/chorus-hub.conf.
# 3. ln -s ../sites-available/chorus-hub /etc/nginx/sites-enabled/
#    nginx -t && systemctl reload nginx
# Its first lines (no access log, no version in headers, 429 for rate limits) apply to every
# site of this nginx: give the hub a machine, or a virtual machine, of its own.
${body}")
