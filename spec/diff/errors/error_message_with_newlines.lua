-- messages may contain newlines and are returned intact
print(pcall(error, "line1\nline2", 0))
print(pcall(function() error("multi\nline") end))
