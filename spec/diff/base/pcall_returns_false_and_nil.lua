-- pcall of a function erroring with nil
print(pcall(function() error() end))
print(pcall(function() error(nil, 2) end))
print(select("#", pcall(error)))
