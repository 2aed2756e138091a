@echo off
rem ssot-guard launcher for Windows: builds the jar on first use, then runs it with the JVM flags
rem that make short runs fast. (POSIX systems: ./ssot, which also rebuilds when sources change.)
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\ssot-guard.jar"
if not exist "%JAR%" (
  echo ssot: building ssot-guard ^(first run; about 1-3 minutes, Maven downloads what it needs the first time^)... 1>&2
  pushd "%HERE%"
  call mvnw.cmd -q -B -DskipTests -Dspotless.check.skip=true -Dcds.skip=true package 1>&2
  if errorlevel 1 (
    popd
    echo ssot: build failed; run mvnw.cmd -B package to see why 1>&2
    exit /b 3
  )
  popd
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
rem `ssot server ...` runs the server module's jar, built with the rest above.
if /i "%~1"=="server" (
  "%JAVA%" -jar "%HERE%server\target\ssot-server.jar" %*
  exit /b %ERRORLEVEL%
)
"%JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -jar "%JAR%" %*
exit /b %ERRORLEVEL%
