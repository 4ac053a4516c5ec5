-- A GET with the headers a Partner Center client sends; the token comes from the TOKEN variable.
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.headers["Accept"] = "application/json"
wrk.headers["MS-Contract-Version"] = "v1"
