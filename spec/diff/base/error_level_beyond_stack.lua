-- levels past the top of the stack add no position
print(pcall(error, "deep", 50))
print(pcall(function() error("deep", 50) end))
print(pcall(function() error("neg", -1) end))
