-- the standalone interpreter does not call __tostring on error objects
error(setmetatable({}, { __tostring = function() return "custom" end }))
