-- dofile and loadfile on files that cannot be read
print(loadfile("/nonexistent/dir/file.lua"))
print(pcall(dofile, "/nonexistent/dir/file.lua"))
print(pcall(loadfile, {}))
print(select("#", loadfile("/nonexistent/x")))
