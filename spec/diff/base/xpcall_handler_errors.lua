-- errors inside the message handler
print(xpcall(function() error("e") end, function(m) error("in handler") end))
print(xpcall(function() error("e") end, 42))
print(xpcall(function() local x = nil; return x.y end, function(m) return "caught: " .. m end))
print(xpcall(function() return "fine" end, 42))
