-- an uncaught table with __tostring is still not a string for lua5.1
error(setmetatable({}, { __tostring = function() return "custom message" end }))
