-- uncaught comparison error
local a, b = {}, 1
if a < b then print("x") end
