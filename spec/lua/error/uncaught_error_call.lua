-- error() with a string, uncaught.
print("start") -- expect: start
error("custom failure")
-- expect error: custom failure
