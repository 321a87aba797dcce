-- tracelua-specific (lua5.1 and luajit raise "stack overflow" here): a
-- 100000-deep non-tail recursion runs on the Lua stack, not the JS stack.
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(100000)) -- expect: 100000
