# The Debian packages, made by cpack (or scripts/package) from the install rules:
#   chorus      the app and chorusctl (install component "app")
#   chorus-hub  the hub as a system service (install component "hub")
# Depends are computed from the binaries (dpkg-shlibdeps), plus what the programs load at run
# time that no binary links: QML modules, Qt's platform and SQL plugins.

# Debian's documents in each package: the copyright and the changelog, compressed as policy
# asks (gzip -9, no name or time stamp in the header).
set(chorus_debian_dir ${CMAKE_BINARY_DIR}/debian)
configure_file(${CMAKE_CURRENT_LIST_DIR}/debian/changelog.in ${chorus_debian_dir}/changelog.Debian
               @ONLY)
add_custom_command(OUTPUT ${chorus_debian_dir}/changelog.Debian.gz
  COMMAND gzip -9nkf changelog.Debian
  WORKING_DIRECTORY ${chorus_debian_dir}
  DEPENDS ${chorus_debian_dir}/changelog.Debian)
add_custom_target(chorus_debian_changelog ALL DEPENDS ${chorus_debian_dir}/changelog.Debian.gz)
set(chorus_package_of_app chorus)
set(chorus_package_of_hub chorus-hub)
foreach(component app hub)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright ${chorus_debian_dir}/changelog.Debian.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${chorus_package_of_${component}}
    COMPONENT ${component})
endforeach()

# Everything the packages carry that is not a program (scripts/package builds it).
add_custom_target(chorus_package_data)
add_dependencies(chorus_package_data chorus_debian_changelog chorus_hub_nginx_site
                 chorus_hub_manpage)
if(TARGET chorus_manpages)
  add_dependencies(chorus_package_data chorus_manpages)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME chorus)
set(CPACK_PACKAGE_VENDOR "The Chorus project")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${CHORUS_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
# Installed as /usr, through DESTDIR, so that install rules that place a file by the prefix
# (/etc/chorus-hub, /lib/systemd/system: sync/deploy/CMakeLists.txt) see "/usr".
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL app hub)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CHORUS_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CHORUS_HOMEPAGE})
# Both packages come from one source, whose changelog they carry.
set(CPACK_DEBIAN_PACKAGE_SOURCE chorus)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Chorus's own libraries (lib/chorus) are private: found in the package being built.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${CMAKE_BINARY_DIR}/qml/voice)

set(CPACK_DEBIAN_APP_PACKAGE_NAME chorus)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_APP_DESCRIPTION
"creative consultations with children, kept encrypted on the device
Chorus helps practitioners in children's social care hear what children,
young people and families think: consent first, then creative activities
(feelings scales, choices, card sorts, drawing, voice notes), in English,
Welsh and Arabic. Answers are kept encrypted on the device (SQLCipher) and,
with consent, an anonymised copy goes to the team's hub (chorus-hub).
.
This package holds the app (chorus) and the device administration tool
(chorusctl).")
# Loaded by the QML engine and Qt at run time, so invisible to dpkg-shlibdeps.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS
  "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, \
qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtquick-dialogs, \
qml6-module-qtqml, qml6-module-qtqml-workerscript, qt6-qpa-plugins, \
qml6-module-qtquick-virtualkeyboard, qt6-virtualkeyboard-plugin, \
qml6-module-qt-labs-folderlistmodel")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS
  "fonts-noto-core, fonts-opendyslexic, qt6-speech-flite-plugin, qt6-wayland, \
gstreamer1.0-pulseaudio")

set(CPACK_DEBIAN_HUB_PACKAGE_NAME chorus-hub)
set(CPACK_DEBIAN_HUB_PACKAGE_SECTION net)
set(CPACK_DEBIAN_HUB_DESCRIPTION
"sync and team review hub for the Chorus app
The hub receives the anonymised answers that Chorus devices send with
consent, lets the team review them (with small numbers suppressed), and
sends the team's answers (you said, we did) back to the devices.
.
This package runs it as a hardened systemd service (chorus-hub.service)
on loopback behind nginx, configured in /etc/chorus-hub/chorus-hub.conf,
with an SQLite database in /var/lib/chorus-hub or PostgreSQL.")
set(CPACK_DEBIAN_HUB_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_HUB_PACKAGE_RECOMMENDS "nginx")
set(CPACK_DEBIAN_HUB_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
set(chorus_hub_debian ${PROJECT_SOURCE_DIR}/sync/deploy/debian)
set(CPACK_DEBIAN_HUB_PACKAGE_CONTROL_EXTRA
  ${chorus_hub_debian}/postinst ${chorus_hub_debian}/prerm ${chorus_hub_debian}/postrm
  ${chorus_hub_debian}/conffiles)
set(CPACK_DEBIAN_HUB_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

include(CPack)
