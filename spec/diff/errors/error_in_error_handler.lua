-- an error raised by the xpcall handler
print(xpcall(function() error("first") end, function(m) error("second") end))
print(xpcall(function() error("first") end, function(m) local x; return x.y end))
