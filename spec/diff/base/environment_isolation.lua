-- functions defined in a chunk share its environment
local chunk = loadstring("function helper() return secret end; return helper()")
local env = { secret = 42 }
setfenv(chunk, env)
print(chunk())
print(helper, type(env.helper))
print(env.helper())
